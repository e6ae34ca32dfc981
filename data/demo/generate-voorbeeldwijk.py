#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates data/demo/voorbeeldwijk.json: the example district "Wijkteam Noord" of
the fictional gemeente Marendal (see src/io/kring-demo.h and schema v1 in
src/store/kring-migration-001.c).

Everything here is fictional: names, addresses (postcodes 9999 xx), phone numbers
(area code 0123, not in use), e-mail on .example domains, CBS-style codes with
9999 (not a real CBS code). Households carry pseudonyms only. Ids are UUIDv5 of
stable keys, so the output is deterministic. Time-sensitive dates are relative
("@today-3m"); the loader resolves them.

Usage: python3 generate-voorbeeldwijk.py [OUTPUT]   (default: voorbeeldwijk.json next to this script)
"""
import hashlib
import json
import os
import re
import sys
import unicodedata
import uuid

# ---------------------------------------------------------------------------
# Content: the district
# ---------------------------------------------------------------------------
MUNICIPALITY = "Marendal"
NEIGHBOURHOODS = [
    # key, code, name, kind, parent
    ("gemeente", "GM9999", "Marendal", "gemeente", None),
    ("wijk", "WK999901", "Marendal-Noord", "wijk", "gemeente"),
    ("oude_dorp", "BU99990101", "Oude Dorp", "buurt", "wijk"),
    ("lindenhof", "BU99990102", "Lindenhof", "buurt", "wijk"),
    ("vaartkwartier", "BU99990103", "Vaartkwartier", "buurt", "wijk"),
]
FIGURE_SOURCE = "CBS Kerncijfers wijken en buurten (fictief voorbeeld)"
# indicator stem -> note
INDICATORS = [
    ("AantalInwoners", "Aantal inwoners"),
    ("HuishoudensTotaal", "Aantal huishoudens"),
    ("PercentageEenpersoonshuishoudens", "Eenpersoonshuishoudens, % van alle huishoudens"),
    ("k_65JaarOfOuder", "Inwoners van 65 jaar of ouder"),
    ("HuishOnderOfRondSociaalMinimum", "Huishoudens onder of rond het sociaal minimum, %"),
    ("WmoClientenRelatief", "Wmo-cliënten per 1.000 inwoners"),
    ("PercentageJongerenMetJeugdzorg", "Jongeren tot 18 jaar met jeugdzorg, %"),
    ("AfstandTotHuisartsenpraktijk", "Gemiddelde afstand tot huisartsenpraktijk, km"),
]
FIGURES = {  # buurt -> year -> values in INDICATORS order
    "oude_dorp":     {2023: [3120, 1590, 41.0, 830, 7.5, 92, 9.1, 0.6], 2024: [3095, 1602, 42.0, 862, 7.8, 97, 9.4, 0.6]},
    "lindenhof":     {2023: [4480, 2050, 36.0, 1010, 9.0, 78, 11.2, 0.4], 2024: [4535, 2085, 37.0, 1046, 9.4, 81, 11.8, 0.4]},
    "vaartkwartier": {2023: [3860, 1720, 44.0, 420, 14.5, 64, 15.3, 1.3], 2024: [3910, 1765, 45.0, 445, 15.2, 68, 16.0, 1.3]},
}
# Earlier years for a subset of the indicators, so the wijkanalyse can show a
# trend; None is a figure CBS did not publish (shown as "." in the CSV).
EARLIER_INDICATORS = ["AantalInwoners", "HuishoudensTotaal", "PercentageEenpersoonshuishoudens",
                      "HuishOnderOfRondSociaalMinimum", "WmoClientenRelatief"]
EARLIER_FIGURES = {  # buurt -> year -> values in EARLIER_INDICATORS order
    "oude_dorp":     {2021: [3155, 1560, 40.0, 7.2, 85], 2022: [3140, 1575, 40.0, 7.3, 88]},
    "lindenhof":     {2021: [4390, 1995, 35.0, None, 73], 2022: [4430, 2020, 35.0, 8.8, 75]},
    "vaartkwartier": {2021: [3790, 1665, 43.0, 13.8, 59], 2022: [3815, 1690, 43.0, 14.1, 61]},
}

TEAM = dict(name="Wijkteam Noord", description="Breed sociaal wijkteam (0-100 jaar) voor de buurten Oude Dorp, Lindenhof en Vaartkwartier in Marendal-Noord. Werkt vanuit Buurtcentrum De Lindeboom: één huishouden, één plan, één regisseur.")
# key, name, discipline, home org, role, expertise, hours
MEMBERS = [
    ("anouk", "Anouk Timmers", "Teamcoördinator", "stichting", "coordinator", "Casusoverleg, samenwerkingsafspraken met partners, wijkanalyse", 32),
    ("sanne", "Sanne de Vries", "Maatschappelijk werker (AMW)", "welzijn", "member", "Psychische kwetsbaarheid, bemoeizorg, rouw", 32),
    ("ilse", "Ilse Bosman", "Wijkverpleegkundige", "thuiszorg", "member", "Kwetsbare ouderen, dementie, indicatiestelling wijkverpleging", 24),
    ("youssef", "Youssef El Amrani", "MEE-consulent", "mee", "member", "Licht verstandelijke beperking (LVB), cliëntondersteuning, eenvoudige taal", 28),
    ("marloes", "Marloes Kuipers", "Wmo-consulent", "gemeente", "member", "Keukentafelgesprek, maatwerkvoorzieningen, afgeleid mandaat", 32),
    ("daan", "Daan Hoekstra", "Jeugd- en gezinscoach", "kindkracht", "member", "Opvoeding, scheiding, jongvolwassenen 18-/18+", 32),
    ("fatma", "Fatma Yıldız", "Opbouwwerker", "welzijn", "member", "Bewonersinitiatieven, collectieve aanpak, sleutelfiguren", 24),
    ("ruud", "Ruud Veenstra", "Schuldhulpverlener", "gemeente", "member", "Stabilisatie, vroegsignalering huurachterstand, budgetcoaching", 28),
]

# Regional providers of the buitenring list that Wijkteam Noord seldom needs: the team keeps
# them on its sociale kaart (ring 3), so its buitenring stays at ten partners.
NOORD_SOCIALE_KAART = {"zorgkantoor", "reclassering", "dementienetwerk", "dagbesteding"}

# A second team, so the team switcher of the map has something to switch: smaller, groups
# its map by sector and names its rings itself.
ZUID = dict(name="Wijkteam Zuid", description="Sociaal wijkteam voor Marendal-Zuid (Molenwijk en De Hoven), gestart in 2024. Werkt vanuit Gezondheidscentrum De Vaart.",
            sector_mode="sector", ring_names=(None, "Eerste schil", "Tweede schil", None))
ZUID_MEMBERS = [
    ("zuid_lisa", "Lisa Brouwer", "Teamcoördinator", "stichting", "coordinator", "Opbouw van het nieuwe team, samenwerkingsafspraken", 28),
    ("zuid_karim", "Karim Haddou", "Maatschappelijk werker (AMW)", "welzijn", "member", "Schulden, inburgering, sleutelfiguren", 32),
    ("zuid_joke", "Joke van Dam", "Wijkverpleegkundige", "thuiszorg", "member", "Ouderen, palliatieve zorg", 24),
    ("zuid_esther", "Esther Wolters", "Wmo-consulent", "gemeente", "member", "Hulpmiddelen, woningaanpassingen", 32),
    ("zuid_bram", "Bram de Jong", "Jeugd- en gezinscoach", "kindkracht", "member", "Jonge gezinnen, scheiding", 28),
]
# org key -> (ring, relationship or None); relationships as rel() below, defined later
ZUID_PLACEMENTS = [
    ("stichting", 0, None), ("welzijn", 0, None), ("thuiszorg", 0, None), ("gemeente", 0, None),
    ("kindkracht", 0, None),
    ("ha_vaart", 1, (True, 1, True, 5, "wekelijks", "@today-4d", "POH-GGZ zit twee dagdelen per week bij het wijkteam aan tafel.", True, "Zelfde gebouw.")),
    ("politie", 1, (False, 0, True, 4, "maandelijks", "@today-5w", "Wijkagent belt de teamcoördinator.", True, None)),
    ("woonstichting", 1, (True, 1, False, 3, "maandelijks", "@today-2m", "Convenant vroegsignalering huurachterstand, net als Noord.", False, "Terugkoppeling na een melding blijft vaak uit.")),
    ("jgz", 1, (True, 0, True, 4, "maandelijks", "@today-3w", "Jeugdverpleegkundige neemt deel aan het gezinsoverleg.", True, None)),
    ("raadslieden", 1, (False, None, False, 3, "af en toe", "@today-4m", "Bewoner maakt zelf een afspraak; geen vaste lijn.", False, "Nog geen afspraken met het nieuwe team.")),
    ("ggz", 2, (False, None, False, 2, "zelden", "@today-9m", "Via de huisarts; consultatie nog niet geregeld.", False, "Wachttijden lang; geen vaste contactpersoon voor Zuid.")),
    ("veilig_thuis", 2, (True, None, False, 4, "af en toe", "@today-6w", "Adviesgesprek via het algemene nummer.", True, None)),
    ("werkplein", 2, (True, 1, True, 4, "maandelijks", "@today-6w", "Activeringscoach voor Zuid; driegesprek mogelijk.", True, None)),
    ("stadsbank", 2, (True, 0, False, 3, "af en toe", "@today-3m", "Aanmelding via het vaste formulier.", True, None)),
]

LIFE_DOMAINS = ["Financiën", "Werk en opleiding", "Tijdsbesteding", "Huisvesting", "Huiselijke relaties",
                "Geestelijke gezondheid", "Lichamelijke gezondheid", "Middelengebruik", "Basale ADL",
                "Instrumentele ADL", "Sociaal netwerk", "Maatschappelijke participatie", "Justitie",
                "Opvoeding en ontwikkeling kinderen", "Veiligheid"]
SECTORS = ["zorg", "welzijn", "wonen", "onderwijs", "werk en inkomen", "veiligheid", "jeugd", "gemeente", "informeel"]
LIJN = [("nulde", "Nulde lijn", "Informele en vrijwillige ondersteuning, vrij toegankelijk (voorliggend veld)."),
        ("eerste", "Eerste lijn", "Generalistische, direct toegankelijke professionele hulp."),
        ("tweede", "Tweede lijn", "Specialistische hulp, meestal na verwijzing.")]
TOEGANG = [("vrij", "Vrij toegankelijk", "Zonder verwijzing of beschikking."),
           ("huisarts", "Via huisarts", "Verwijzing door de huisarts nodig."),
           ("wijkteam", "Via wijkteam", "Aanmelding of verwijzing door een professional van het wijkteam."),
           ("wmo", "Wmo-maatwerkvoorziening", "Na onderzoek en beschikking van de gemeente (Wmo 2015)."),
           ("jeugdwet", "Jeugdwet-beschikking", "Na beschikking van de gemeente of verwijzing door huisarts, jeugdarts of gecertificeerde instelling."),
           ("wlz", "Wlz-indicatie", "Na een indicatie van het CIZ (Wet langdurige zorg).")]
TARGET_GROUPS = {  # code -> name
    "volwassenen": "Volwassenen", "gezinnen": "Gezinnen", "bewoners": "Bewoners", "jongeren": "Jongeren",
    "ouderen": "Ouderen", "chronisch zieken": "Chronisch zieken", "mantelzorgers": "Mantelzorgers",
    "mensen met een beperking": "Mensen met een beperking", "jeugd": "Kinderen en jeugd", "huurders": "Huurders",
    "woningzoekenden": "Woningzoekenden", "ouders": "Ouders", "zwangeren": "Zwangeren", "professionals": "Professionals",
    "minima": "Huishoudens met een laag inkomen", "daklozen": "Dak- en thuislozen", "laaggeletterden": "Laaggeletterden",
    "nieuwkomers": "Nieuwkomers", "statushouders": "Statushouders",
}
LANGS = {"nl": "Nederlands", "en": "Engels", "ar": "Arabisch", "tr": "Turks", "ti": "Tigrinya"}

GLOSSARY = [
    ("Sociaal wijkteam", "Multidisciplinair team van sociale en zorgprofessionals dat in één wijk of buurt werkt, voor alle leeftijden en alle leefgebieden.", "Buurtteam, Kernteam", None),
    ("Kernteam", "De vaste leden van het wijkteam die aan de wijkteamtafel zitten (ring 0), elk met een eigen discipline en moederorganisatie.", "Binnenring", None),
    ("Binnenring", "Eerste schil rond het kernteam: nauwe partners met een vaste contactpersoon en samenwerkingsafspraken, zoals huisarts, wijkagent en woningcorporatie.", "Buitenring, Schil", None),
    ("Buitenring", "Tweede schil: specialisten die op afroep worden 'ingevlogen', tweedelijnspartners en partners om naar op te schalen.", "Binnenring, Opschalen", None),
    ("Sociale kaart", "Overzicht van alle lokale organisaties, voorzieningen en diensten, met wat ze doen, voor wie en hoe je er terechtkomt.", "Voorliggend veld", None),
    ("Nulde lijn", "Informele en vrijwillige ondersteuning: buren, vrijwilligers, verenigingen, kerken en bewonersinitiatieven.", "Eerste lijn, Tweede lijn", None),
    ("Eerste lijn", "Generalistische professionele hulp die direct toegankelijk is, zoals de huisarts, het maatschappelijk werk en de wijkverpleging.", "Nulde lijn, Tweede lijn", None),
    ("Tweede lijn", "Specialistische hulp, meestal na verwijzing, zoals de GGZ, verslavingszorg en specialistische jeugdhulp.", "Eerste lijn", None),
    ("Voorliggende voorziening", "Vrij toegankelijke ondersteuning die eerst in beeld komt, vóór een maatwerkvoorziening wordt toegekend.", "Maatwerkvoorziening", "Wmo 2015"),
    ("Toegang", "De route waarlangs een bewoner bij een dienst komt: vrij toegankelijk, via verwijzing of via een beschikking.", None, None),
    ("Wmo", "Wet maatschappelijke ondersteuning 2015: de gemeente ondersteunt inwoners om zelfstandig te wonen en mee te doen.", "Maatwerkvoorziening", "Wmo 2015"),
    ("Jeugdwet", "Wet waarmee de gemeente verantwoordelijk is voor jeugdhulp, jeugdbescherming en jeugdreclassering.", None, "Jeugdwet"),
    ("Participatiewet", "Wet over bijstand en ondersteuning naar werk voor mensen die dat op eigen kracht niet lukt.", None, "Participatiewet"),
    ("Wlz", "Wet langdurige zorg: zorg voor mensen die blijvend 24 uur per dag zorg of toezicht nodig hebben, na een indicatie van het CIZ.", None, "Wet langdurige zorg"),
    ("Maatwerkvoorziening", "Voorziening die de gemeente op maat toekent na onderzoek, vastgelegd in een beschikking.", "Beschikking", "Wmo 2015"),
    ("Beschikking", "Formeel besluit van de gemeente over het toekennen of weigeren van een voorziening; bezwaar is mogelijk.", "Maatwerkvoorziening", None),
    ("Regisseur", "De ene professional die het plan van een huishouden coördineert en aanspreekpunt is voor alle betrokkenen.", "Casusregie", None),
    ("Casusregie", "Afspraak over wie de regie voert in een casus en welke partijen in welke mate betrokken zijn.", "Regisseur", None),
    ("Eén huishouden, één plan, één regisseur", "Uitgangspunt van integraal werken: alle betrokken professionals werken aan één gezamenlijk plan, met één regisseur.", "Regisseur", None),
    ("Vraagverheldering", "Samen met de bewoner helder krijgen wat er echt speelt en wat hij of zij nodig heeft.", None, None),
    ("Keukentafelgesprek", "Gesprek bij de bewoner thuis om de situatie en de hulpvraag in kaart te brengen, bijvoorbeeld voor een Wmo-melding.", "Vraagverheldering", None),
    ("Opschalen", "Specialistische hulp (tweede lijn) inschakelen wanneer de situatie meer vraagt dan het wijkteam kan bieden.", "Afschalen", None),
    ("Afschalen", "Hulp teruggeven aan het wijkteam, het netwerk of de bewoner zelf wanneer specialistische hulp niet meer nodig is.", "Opschalen", None),
    ("Warme overdracht", "Overdracht waarbij de professionals en de bewoner samen om tafel zitten, in plaats van alleen een brief of dossier.", None, None),
    ("Eigen kracht", "Wat de bewoner zelf kan en zelf oplost, met steun van het eigen netwerk.", "Zelfredzaamheid, Zelfregie", None),
    ("Zelfredzaamheid", "De mate waarin iemand zelfstandig het dagelijks leven kan regelen op de verschillende leefgebieden.", "Eigen kracht", None),
    ("Zelfregie", "De bewoner houdt zelf de regie over zijn of haar leven en neemt de beslissingen.", "Eigen kracht", None),
    ("Mantelzorg", "Langdurige, onbetaalde zorg voor een naaste, door familie, vrienden of buren.", "Informele zorg", None),
    ("Informele zorg", "Zorg en ondersteuning door mantelzorgers en vrijwilligers.", "Mantelzorg", None),
    ("Wijkanalyse", "Analyse van de behoeften en het aanbod in een wijk, met cijfers en verhalen van bewoners en partners.", None, None),
    ("Samenwerkingsafspraken", "Schriftelijke afspraken tussen het wijkteam en een partner: wanneer de partner instapt en uitstapt en welke informatie wordt uitgewisseld.", "Vaste contactpersoon", None),
    ("Vaste contactpersoon", "Een bij naam bekende persoon bij een partnerorganisatie die het wijkteam direct kan bellen ('namen en rugnummers').", "Samenwerkingsafspraken", None),
    ("POH-GGZ", "Praktijkondersteuner huisarts voor de geestelijke gezondheidszorg: kortdurende begeleiding bij psychische klachten.", None, None),
    ("FACT-team", "Flexible Assertive Community Treatment: GGZ-team dat mensen met ernstige psychiatrische aandoeningen thuis behandelt en begeleidt.", "Tweede lijn", None),
    ("Veilig Thuis", "Advies- en meldpunt voor huiselijk geweld en kindermishandeling.", "Meldcode", None),
    ("Meldcode", "Stappenplan voor professionals bij vermoedens van huiselijk geweld of kindermishandeling.", "Veilig Thuis", None),
    ("MEE", "Organisatie voor onafhankelijke cliëntondersteuning van mensen met een beperking of chronische ziekte.", None, None),
    ("AMW", "Algemeen maatschappelijk werk: laagdrempelige hulp bij persoonlijke, relationele en praktische problemen.", None, None),
    ("LVB", "Licht verstandelijke beperking: een IQ tussen ongeveer 50 en 85 in combinatie met beperkte sociale redzaamheid.", "MEE", None),
    ("JGZ", "Jeugdgezondheidszorg: consultatiebureau, jeugdarts en jeugdverpleegkundige voor kinderen van 0 tot 18 jaar.", None, None),
    ("Vroegsignalering", "Problemen vroeg opmerken, zoals huurachterstand of schoolverzuim, en snel contact leggen voordat ze groter worden.", None, None),
    ("Outreachend werken", "Actief op bewoners afgaan in plaats van te wachten tot zij zich melden.", "Bemoeizorg", None),
    ("Bemoeizorg", "Hulp aan mensen die zorg nodig hebben maar er zelf niet om vragen.", "Outreachend werken", None),
    ("Moederorganisatie", "De organisatie waar een teamlid in dienst is en van waaruit hij of zij in het wijkteam is gedetacheerd.", None, None),
    ("Levensdomeinen", "De leefgebieden waarop de situatie van een huishouden wordt bekeken, zoals financiën, huisvesting en sociaal netwerk.", None, None),
    ("Ecogram", "Tekening van een huishouden met zijn netwerk en de betrokken professionals, met sterke, zwakke en belastende banden.", None, None),
]

# Organisations content (internal model). key -> dict
# ring: 0 kernteam (home org), 1 binnenring, 2 buitenring, 3 sociale kaart
# sector: zorg, welzijn, wonen, onderwijs, werk en inkomen, veiligheid, jeugd, gemeente, informeel
# lijn: nulde, eerste, tweede ; toegang: vrij, huisarts, wijkteam, wmo, jeugdwet, wlz
ORGS = []
def org(key, name, sector, ring, desc, services, location, contacts, rel=None, alt=None, parent=None, url=True, email=None, phone=None, legal=None, year=None):
    ORGS.append(dict(key=key, name=name, sector=sector, ring=ring, desc=desc, services=services,
                     location=location, contacts=contacts, rel=rel, alt=alt, parent=parent,
                     email=email, phone=phone, url=url, legal=legal, year=year))

# wait_days is a rough number for reading the content; schema v1 stores only the text (wait_time).
def svc(name, desc, lijn, toegang, domains, groups=(), wait=None, costs="Gratis", fees=None, elig=None, apply=None, langs=("nl",), wait_days=None, areas=("GM9999",)):
    return dict(name=name, desc=desc, lijn=lijn, toegang=toegang, domains=list(domains), groups=list(groups),
                wait=wait, wait_days=wait_days, costs=costs, fees=fees, elig=elig, apply=apply, langs=list(langs), areas=list(areas))

def loc(name, street, postcode, buurt=None, hours="werkdagen", lat=None, lon=None, desc=None):
    return dict(name=name, street=street, postcode=postcode, buurt=buurt, hours=hours, lat=lat, lon=lon, desc=desc)

# hours presets: "werkdagen" 9-17 ma-vr; "ochtend" ma-vr 8-12:30; "huisarts" 8-17 ma-vr; custom list of (days, open, close, note)

# ---------------- ring 0: home organisations of the kernteam ----------------
org("welzijn", "Welzijn Marendal", "welzijn", 0,
    "Welzijnsorganisatie voor heel Marendal: algemeen maatschappelijk werk, opbouwwerk, jongerenwerk, ouderenwerk en vrijwilligerswerk. Levert maatschappelijk werkers en opbouwwerkers aan de wijkteams.",
    [svc("Algemeen maatschappelijk werk (AMW)", "Kortdurende hulp bij persoonlijke, relationele en praktische problemen: geldzorgen, relatie, rouw, stress, regelzaken. Gesprekken op kantoor of thuis.",
         "eerste", "vrij", ["Huiselijke relaties", "Geestelijke gezondheid", "Financiën", "Sociaal netwerk"], ["volwassenen", "gezinnen"],
         wait="Binnen 2 weken een eerste gesprek", wait_days=14, elig="Inwoners van Marendal vanaf 18 jaar.",
         apply="Bellen, mailen of binnenlopen tijdens het spreekuur; aanmelden via het wijkteam kan ook."),
     svc("Opbouwwerk Marendal-Noord", "Ondersteunt bewoners die samen iets willen doen voor hun buurt: bewonersinitiatieven, buurtfeesten, straatschouw, aanvragen voor het wijkbudget.",
         "nulde", "vrij", ["Maatschappelijke participatie", "Sociaal netwerk", "Tijdsbesteding"], ["bewoners"],
         elig="Alle bewoners en bewonersgroepen in Marendal-Noord.", apply="Spreek een opbouwwerker aan in het buurthuis of mail."),
     svc("Jongerenwerk", "Ambulant jongerenwerk op straat en in de jongerenruimte; individuele coaching van jongeren 12-23 jaar.",
         "nulde", "vrij", ["Tijdsbesteding", "Werk en opleiding", "Justitie"], ["jongeren"], elig="Jongeren van 12 tot 23 jaar.", apply="Vrij inlopen in de jongerenruimte of via de jongerenwerker.")],
    loc("Kantoor Welzijn Marendal", "Stationsplein 4", "9999 AB", None, "werkdagen"),
    [("Hanneke Smeets", "Teamleider maatschappelijk werk"), ("Bart Verhoef", "Coördinator jongerenwerk")])

org("thuiszorg", "Thuiszorg De Linde", "zorg", 0,
    "Thuiszorgorganisatie met wijkverpleging in kleine zelfsturende teams. Levert de wijkverpleegkundige aan Wijkteam Noord.",
    [svc("Wijkverpleging", "Verpleging en verzorging thuis, indicatiestelling door de wijkverpleegkundige (Zorgverzekeringswet).",
         "eerste", "vrij", ["Lichamelijke gezondheid", "Basale ADL"], ["ouderen", "chronisch zieken"],
         wait="Geen wachttijd; start binnen 2 werkdagen", wait_days=2, costs="Vergoed uit de basisverzekering, geen eigen risico",
         elig="Iedereen met een zorgvraag thuis; indicatie door de wijkverpleegkundige.", apply="Rechtstreeks bellen, of via huisarts, ziekenhuis of wijkteam."),
     svc("Casemanagement dementie", "Begeleiding van mensen met (een vermoeden van) dementie en hun mantelzorgers, van diagnose tot opname.",
         "eerste", "huisarts", ["Geestelijke gezondheid", "Instrumentele ADL", "Sociaal netwerk"], ["ouderen", "mantelzorgers"],
         wait="3 tot 4 weken", wait_days=25, costs="Vergoed uit de basisverzekering",
         elig="Thuiswonende mensen met een diagnose dementie of een sterk vermoeden.", apply="Verwijzing door huisarts of geheugenpoli.")],
    loc("Steunpunt De Linde Noord", "Lindelaan 22", "9999 CD", "lindenhof", "werkdagen"),
    [("Karin Mulder", "Teamleider wijkverpleging"), ("Joyce van Dam", "Casemanager dementie")])

org("mee", "MEE Vaartland", "zorg", 0,
    "Onafhankelijke cliëntondersteuning voor mensen met een beperking, chronische ziekte of licht verstandelijke beperking (LVB) en hun omgeving.",
    [svc("Onafhankelijke cliëntondersteuning", "Hulp bij het voorbereiden van een keukentafelgesprek, een aanvraag Wmo, Jeugdwet of Wlz, en bij het vinden van de weg in regels en voorzieningen.",
         "eerste", "vrij", ["Instrumentele ADL", "Maatschappelijke participatie", "Financiën"], ["mensen met een beperking", "mantelzorgers"],
         wait="1 week", wait_days=7, elig="Iedereen die ondersteuning vraagt of krijgt via Wmo, Jeugdwet of Wlz.", apply="Bellen of aanmelden via de website; ook via het wijkteam."),
     svc("Training sociale redzaamheid LVB", "Groepstraining voor jongvolwassenen met een licht verstandelijke beperking: geld, plannen, veilig online.",
         "eerste", "wijkteam", ["Financiën", "Sociaal netwerk", "Instrumentele ADL"], ["mensen met een beperking", "jongeren"],
         wait="Start elk kwartaal", wait_days=45, elig="18-27 jaar, (vermoeden van) LVB.", apply="Aanmelding door een professional van het wijkteam.")],
    loc("MEE Vaartland, vestiging Marendal", "Havenkade 11", "9999 EF", None, "werkdagen"),
    [("Petra Hofman", "Regiomanager")])

org("gemeente", "Gemeente Marendal", "gemeente", 0,
    "De gemeente is opdrachtgever van de wijkteams en verantwoordelijk voor Wmo, Jeugdwet en Participatiewet. De Wmo-consulent in het wijkteam werkt met afgeleid mandaat.",
    [svc("Wmo-maatwerkvoorzieningen", "Huishoudelijke hulp, begeleiding, dagbesteding, hulpmiddelen en woningaanpassingen na een onderzoek (keukentafelgesprek) en beschikking.",
         "eerste", "wmo", ["Basale ADL", "Instrumentele ADL", "Huisvesting", "Tijdsbesteding"], ["ouderen", "mensen met een beperking"],
         wait="Onderzoek binnen 6 weken na melding (wettelijke termijn)", wait_days=42, costs="Eigen bijdrage volgens het abonnementstarief (CAK)",
         fees="Abonnementstarief per maand, vastgesteld door het Rijk",
         elig="Inwoners die niet op eigen kracht, met hun netwerk of via een voorliggende voorziening zelfstandig kunnen wonen of meedoen.",
         apply="Melding bij het Wmo-loket of bij het wijkteam; daarna een gesprek thuis en een beschikking."),
     svc("Meldpunt Zorg en Overlast", "Meldpunt voor zorgen over een buurtbewoner die zelf geen hulp vraagt (bemoeizorg, verwarde personen).",
         "eerste", "vrij", ["Geestelijke gezondheid", "Veiligheid", "Huisvesting"], ["volwassenen"],
         wait="Reactie binnen 1 werkdag", wait_days=1, elig="Iedereen die zich zorgen maakt over een inwoner van Marendal.", apply="Telefonisch melden; anoniem kan.")],
    loc("Stadhuis Marendal", "Raadhuisplein 1", "9999 AA", None, "werkdagen"),
    [("Wietske Dijkstra", "Beleidsadviseur sociaal domein"), ("Wmo-loket", "Algemeen nummer")])

org("stichting", "Stichting Wijkteams Marendal", "gemeente", 0,
    "Zelfstandige stichting waarin de sociale wijkteams van Marendal zijn ondergebracht. Teamcoördinatoren en een deel van de generalisten zijn hier in dienst.",
    [svc("Sociaal wijkteam (toegang)", "Eén loket voor vragen over zorg, welzijn, geld, wonen en opvoeden. Het wijkteam doet de vraagverheldering, maakt met het huishouden één plan en regelt zo nodig een maatwerkvoorziening.",
         "eerste", "vrij", ["Financiën", "Huisvesting", "Huiselijke relaties", "Opvoeding en ontwikkeling kinderen", "Sociaal netwerk"], ["volwassenen", "gezinnen", "ouderen", "jeugd"],
         wait="Binnen 5 werkdagen contact", wait_days=5, elig="Alle inwoners van Marendal.", apply="Bellen, mailen of binnenlopen bij het inloopspreekuur.")],
    loc("Wijkteam Noord, Buurtcentrum De Lindeboom", "Lindeplein 3", "9999 CA", "lindenhof", "wijkteam"),
    [("Frontoffice Wijkteam Noord", "Telefonische bereikbaarheid")])

org("kindkracht", "Kindkracht Vaartland", "jeugd", 0,
    "Jeugdhulpaanbieder voor ambulante jeugd- en gezinsbegeleiding; detacheert jeugd- en gezinscoaches in de wijkteams.",
    [svc("Ambulante gezinsbegeleiding", "Begeleiding thuis bij opvoedvragen, gedragsproblemen en structuur in het gezin; ook ouderschap na scheiding.",
         "eerste", "jeugdwet", ["Opvoeding en ontwikkeling kinderen", "Huiselijke relaties"], ["gezinnen", "jeugd"],
         wait="4 tot 6 weken", wait_days=35, costs="Gratis (Jeugdwet)", elig="Gezinnen met kinderen 0-18 jaar in de regio Vaartland.",
         apply="Via het wijkteam, de huisarts of de jeugdarts; een beschikking Jeugdwet is nodig.")],
    loc("Kindkracht Vaartland", "Scheepmakerstraat 7", "9999 EH", None, "werkdagen"),
    [("Mirjam de Graaf", "Gedragswetenschapper")])

def rel(agreement, contact, know, trust, freq, last, route, back, note=None):
    """contact: index into contacts (fixed contact person) or None."""
    return dict(agreement=agreement, contact=contact, know=know, trust=trust, freq=freq, last=last, route=route, back=back, note=note)

# ---------------- ring 1: binnenring ----------------
org("ha_lindenhof", "Huisartsenpraktijk Lindenhof", "zorg", 1,
    "Huisartsenpraktijk met drie huisartsen, een POH-somatiek en een POH-GGZ. Vaste overleggen met het wijkteam over kwetsbare ouderen en psychische klachten.",
    [svc("Huisartsenzorg", "Spreekuur, visites en chronische zorg voor ingeschreven patiënten.", "eerste", "vrij", ["Lichamelijke gezondheid", "Geestelijke gezondheid"], ["volwassenen", "jeugd", "ouderen"],
         wait="Zelfde dag bij spoed, anders binnen 3 werkdagen", wait_days=3, costs="Vergoed uit de basisverzekering, geen eigen risico", elig="Ingeschreven patiënten.", apply="Bellen voor een afspraak (ochtend)."),
     svc("POH-GGZ", "Kortdurende begeleiding bij psychische klachten zoals somberheid, angst en stress (5 tot 8 gesprekken).", "eerste", "huisarts", ["Geestelijke gezondheid"], ["volwassenen", "jongeren"],
         wait="2 tot 3 weken", wait_days=18, costs="Vergoed uit de basisverzekering, geen eigen risico", elig="Patiënten van de praktijk vanaf 12 jaar.", apply="Na verwijzing door de eigen huisarts.")],
    loc("Huisartsenpraktijk Lindenhof", "Berkenlaan 40", "9999 CE", "lindenhof", "huisarts"),
    [("Maarten Hoogland", "Huisarts"), ("Esther Brouwer", "POH-GGZ"), ("Linda Schouten", "Praktijkmanager")],
    rel=rel(True, 1, True, 5, "wekelijks", "@today-6d", "Wijkteam belt de POH-GGZ direct; huisarts verwijst via Zorgdomein-brief of belt het wijkteam.", True, "Maandelijks MDO kwetsbare ouderen in de praktijk."))

org("ha_vaart", "Gezondheidscentrum De Vaart", "zorg", 1,
    "Gezondheidscentrum met twee huisartsenpraktijken, fysiotherapie en apotheek aan de rand van het Vaartkwartier.",
    [svc("Huisartsenzorg De Vaart", "Huisartsenzorg voor ingeschreven patiënten; inloopspreekuur voor korte vragen.", "eerste", "vrij", ["Lichamelijke gezondheid", "Geestelijke gezondheid"], ["volwassenen", "jeugd", "ouderen"],
         wait="Binnen 2 werkdagen", wait_days=2, costs="Vergoed uit de basisverzekering", elig="Ingeschreven patiënten.", apply="Bellen tussen 8.00 en 10.00 uur.")],
    loc("Gezondheidscentrum De Vaart", "Vaartweg 118", "9999 GA", "vaartkwartier", "huisarts"),
    [("Suzan Çelik", "Huisarts"), ("Gerda Wiersma", "Doktersassistent")],
    rel=rel(False, None, False, 3, "af en toe", "@today-7m", "Via de doktersassistent; geen vaste contactpersoon.", False, "Nog geen afspraken; huisartsen kennen de werkwijze van het wijkteam nauwelijks."))

org("politie", "Politie basisteam Vaartland", "veiligheid", 1,
    "Basisteam van de politie met een wijkagent voor Marendal-Noord.",
    [svc("Wijkagent Marendal-Noord", "Aanspreekpunt voor veiligheid en overlast in de wijk; signaleert zorgen en schakelt het wijkteam in.", "eerste", "vrij", ["Veiligheid", "Justitie"], ["bewoners"],
         costs="Gratis", elig="Iedereen in Marendal-Noord.", apply="Bellen 0123-900 000 (geen spoed) of spreekuur in het buurthuis.")],
    loc("Politiepost Marendal", "Markt 9", "9999 AC", "oude_dorp", [("ma,wo", "13:00", "16:00", None)]),
    [("Rik Bosch", "Wijkagent Marendal-Noord")],
    rel=rel(True, 0, True, 4, "tweewekelijks", "@today-12d", "Wijkagent meldt zorgen via het wijkteam (zorgmelding) of belt de teamcoördinator.", True))

org("woonstichting", "Woonstichting Het Vaarthuis", "wonen", 1,
    "Woningcorporatie met ruim 3.000 huurwoningen in Marendal. Woonconsulenten werken samen met het wijkteam bij huurachterstand, overlast en vervuiling.",
    [svc("Woonconsulent en vroegsignalering huurachterstand", "Neemt na één maand huurachterstand contact op met de huurder en meldt (met toestemming) aan bij het wijkteam. Ook bij overlast en woonfraude.",
         "eerste", "vrij", ["Huisvesting", "Financiën"], ["huurders"], costs="Gratis", elig="Huurders van Het Vaarthuis.", apply="Bellen met het klantcentrum; het wijkteam belt de woonconsulent direct."),
     svc("Urgentie en bemiddeling bij woningzoeken", "Advies en bemiddeling bij een urgente woonvraag, bijvoorbeeld na scheiding of uitstroom uit een instelling.",
         "eerste", "wijkteam", ["Huisvesting"], ["woningzoekenden"], wait="Beoordeling binnen 4 weken", wait_days=28, costs="Gratis",
         elig="Ingeschreven woningzoekenden met een urgente situatie.", apply="Aanvraag met onderbouwing van een professional.")],
    loc("Het Vaarthuis klantcentrum", "Lindeplein 12", "9999 CB", "lindenhof", "ochtend"),
    [("Jeroen Post", "Woonconsulent Marendal-Noord"), ("Nadia Amrani", "Medewerker huurincasso")],
    rel=rel(True, 0, True, 4, "wekelijks", "@today-9d", "Signaal huurachterstand via de woonconsulent (convenant vroegsignalering).", True, "Convenant vroegsignalering huurachterstand."))

org("jgz", "GGD Vaartland – Jeugdgezondheidszorg", "jeugd", 1,
    "Jeugdgezondheidszorg (JGZ) 0-18 jaar: consultatiebureau, jeugdarts en jeugdverpleegkundige op scholen.",
    [svc("Consultatiebureau Lindenhof", "Groei en ontwikkeling van kinderen van 0 tot 4 jaar volgen, vaccinaties, opvoedadvies.", "eerste", "vrij", ["Opvoeding en ontwikkeling kinderen", "Lichamelijke gezondheid"], ["jeugd", "ouders"],
         costs="Gratis", elig="Alle kinderen van 0-4 jaar en hun ouders.", apply="Uitnodiging volgt automatisch na de geboorte; zelf bellen kan ook.", langs=("nl", "en", "ar")),
     svc("Jeugdverpleegkundige op school", "Gezondheidsonderzoek en spreekuur op basis- en middelbare scholen; signaleert en verwijst.", "eerste", "vrij", ["Opvoeding en ontwikkeling kinderen", "Geestelijke gezondheid"], ["jeugd"],
         costs="Gratis", elig="Leerlingen 4-18 jaar en hun ouders.", apply="Via school of rechtstreeks.")],
    loc("Consultatiebureau Lindenhof", "Lindeplein 5", "9999 CA", "lindenhof", [("ma,di,do", "08:30", "12:30", None), ("wo", "13:00", "16:30", None)]),
    [("Annemiek Roos", "Jeugdverpleegkundige"), ("Pieter Lammers", "Jeugdarts")],
    rel=rel(True, 0, True, 4, "maandelijks", "@today-5w", "Jeugdverpleegkundige belt de jeugd- en gezinscoach; warme overdracht bij zorgen.", True))

org("kc_vaartkant", "Kindcentrum De Vaartkant", "onderwijs", 1,
    "Basisschool met peuteropvang in het Vaartkwartier. Intern begeleider en schoolmaatschappelijk werk hebben een vast overleg met het wijkteam.",
    [svc("Schoolmaatschappelijk werk De Vaartkant", "Laagdrempelige hulp voor kinderen en ouders bij zorgen over thuis, gedrag of welbevinden; spreekuur op school.", "eerste", "vrij", ["Opvoeding en ontwikkeling kinderen", "Huiselijke relaties"], ["jeugd", "ouders"],
         wait="Binnen 1 week", wait_days=7, costs="Gratis", elig="Leerlingen en ouders van De Vaartkant.", apply="Via de intern begeleider of de leerkracht, of zelf binnenlopen.")],
    loc("Kindcentrum De Vaartkant", "Sluisstraat 2", "9999 GB", "vaartkwartier", "school"),
    [("Marit Jansma", "Intern begeleider"), ("Hatice Doğan", "Schoolmaatschappelijk werker")],
    rel=rel(True, 1, True, 4, "tweewekelijks", "@today-16d", "Zorgadviesteam (ZAT) op school, zes keer per jaar, met de jeugd- en gezinscoach.", True))

org("marendal_college", "Marendal College", "onderwijs", 1,
    "Scholengemeenschap voor vmbo, havo en vwo. Zorgcoördinator en leerplichtambtenaar werken samen met het wijkteam bij verzuim.",
    [svc("Zorg- en adviesteam Marendal College", "Overleg over leerlingen met zorgen rond verzuim, gedrag of thuissituatie; zorgcoördinator als vast aanspreekpunt.", "eerste", "wijkteam", ["Opvoeding en ontwikkeling kinderen", "Werk en opleiding"], ["jongeren"],
         costs="Gratis", elig="Leerlingen van het Marendal College.", apply="Via de mentor of de zorgcoördinator.")],
    loc("Marendal College", "Collegelaan 1", "9999 AD", "oude_dorp", "school"),
    [("Erik Smit", "Zorgcoördinator")],
    rel=rel(False, 0, True, 3, "maandelijks", "@today-2m", "Zorgcoördinator belt het wijkteam; geen schriftelijke afspraken.", False, "Terugkoppeling naar school gebeurt niet altijd."))

org("raadslieden", "Sociaal Raadslieden Marendal", "werk en inkomen", 1,
    "Gratis advies en hulp bij juridische en financiële vragen: toeslagen, uitkeringen, bezwaarschriften, huurrecht.",
    [svc("Sociaal raadslieden spreekuur", "Hulp bij brieven van instanties, toeslagen, bezwaar en beroep, huur en arbeidsrecht.", "eerste", "vrij", ["Financiën", "Justitie", "Huisvesting"], ["volwassenen"],
         wait="Inloop; afspraak binnen 1 week", wait_days=7, costs="Gratis", elig="Inwoners van Marendal met een laag inkomen.", apply="Inloopspreekuur of afspraak bellen.", langs=("nl", "en", "tr"))],
    loc("Sociaal Raadslieden in Buurtcentrum De Lindeboom", "Lindeplein 3", "9999 CA", "lindenhof", [("di,do", "09:00", "12:00", "Inloopspreekuur")]),
    [("Mohamed Ouali", "Sociaal raadsman")],
    rel=rel(True, 0, True, 5, "wekelijks", "@today-3d", "Zelfde gebouw; wijkteam loopt binnen of maakt een afspraak voor de bewoner.", True))

org("verloskundigen", "Verloskundigenpraktijk Vaartland", "zorg", 1,
    "Verloskundigen voor zwangerschap, bevalling en kraamtijd. Deelnemer aan het wijknetwerk Eerste 1000 dagen.",
    [svc("Verloskundige zorg", "Controles tijdens de zwangerschap, begeleiding bij de bevalling en nazorg.", "eerste", "vrij", ["Lichamelijke gezondheid", "Opvoeding en ontwikkeling kinderen"], ["zwangeren", "ouders"],
         costs="Vergoed uit de basisverzekering, geen eigen risico", elig="Zwangeren in Marendal en omgeving.", apply="Zelf aanmelden zodra de zwangerschapstest positief is.")],
    loc("Verloskundigenpraktijk Vaartland", "Vaartweg 118", "9999 GA", "vaartkwartier", "werkdagen"),
    [("Inge Kramer", "Verloskundige")],
    rel=rel(False, 0, True, 4, "maandelijks", "@today-7w", "Via het wijknetwerk Eerste 1000 dagen.", True, "Afspraken in wording binnen het wijknetwerk."))

# ---------------- ring 2: buitenring ----------------
org("ggz", "GGZ Vaartland", "zorg", 2,
    "Specialistische geestelijke gezondheidszorg voor volwassenen, met FACT-teams per gebied en een crisisdienst.",
    [svc("FACT-team Marendal", "Flexibele ACT: langdurige, outreachende behandeling en begeleiding van mensen met ernstige psychiatrische aandoeningen, thuis.", "tweede", "huisarts", ["Geestelijke gezondheid", "Middelengebruik", "Sociaal netwerk"], ["volwassenen"],
         wait="6 tot 10 weken", wait_days=56, costs="Vergoed uit de basisverzekering; eigen risico", elig="Volwassenen met een ernstige psychiatrische aandoening (EPA).", apply="Verwijzing door de huisarts; consultatie door het wijkteam mogelijk zonder verwijzing."),
     svc("Consultatie voor het wijkteam", "Telefonisch of in het casusoverleg meekijken met het wijkteam, zonder dat de bewoner wordt overgedragen.", "tweede", "wijkteam", ["Geestelijke gezondheid"], ["professionals"],
         wait="Binnen 1 week", wait_days=7, costs="Gratis (subsidie gemeente)", elig="Professionals van de wijkteams Marendal.", apply="Consultatieverzoek mailen.")],
    loc("GGZ Vaartland, locatie Marendal", "Ziekenhuisweg 30", "9999 HA", None, "werkdagen"),
    [("Jos Meijer", "Sociaal-psychiatrisch verpleegkundige FACT"), ("Aafke Visser", "Psychiater")],
    rel=rel(True, 0, True, 3, "maandelijks", "@today-6w", "Huisarts verwijst; het wijkteam vraagt consultatie aan via de SPV.", False, "Terugkoppeling na verwijzing laat vaak op zich wachten."))

org("verslaving", "Verslavingszorg Noordoever", "zorg", 2,
    "Ambulante en klinische verslavingszorg voor alcohol, drugs, gokken en gamen.",
    [svc("Ambulante verslavingszorg", "Behandeling en begeleiding bij problematisch middelengebruik; ook voor naasten.", "tweede", "huisarts", ["Middelengebruik", "Geestelijke gezondheid"], ["volwassenen", "jongeren"],
         wait="4 weken", wait_days=28, costs="Vergoed uit de basisverzekering; eigen risico", elig="Vanaf 16 jaar.", apply="Verwijzing door de huisarts; vrij inloopspreekuur voor advies."),
     svc("Preventie en vroegsignalering middelengebruik", "Voorlichting aan jongeren, ouders en professionals; consultatie bij signalen.", "eerste", "vrij", ["Middelengebruik"], ["jongeren", "ouders", "professionals"], costs="Gratis", elig="Iedereen in de regio Vaartland.", apply="Mailen of bellen.")],
    loc("Verslavingszorg Noordoever, poli Marendal", "Ziekenhuisweg 34", "9999 HA", None, "werkdagen"),
    [("Tom Kuiper", "Preventiewerker")],
    rel=rel(False, None, False, 2, "zelden", "@today-11m", "Onduidelijk; wijkteam belt het algemene nummer.", False, "Geen vaste contactpersoon sinds de reorganisatie."))

org("veilig_thuis", "Veilig Thuis Vaartland", "veiligheid", 2,
    "Advies- en meldpunt huiselijk geweld en kindermishandeling voor de regio Vaartland. Dag en nacht bereikbaar.",
    [svc("Advies en melding huiselijk geweld en kindermishandeling", "Advies voor professionals en burgers; onderzoek na een melding; werkt met de meldcode.", "tweede", "vrij", ["Veiligheid", "Huiselijke relaties", "Opvoeding en ontwikkeling kinderen"], ["gezinnen", "professionals"],
         wait="Direct bereikbaar, 24/7", wait_days=0, costs="Gratis", elig="Iedereen met zorgen over huiselijk geweld of kindermishandeling.", apply="Bellen met Veilig Thuis (dag en nacht); professionals volgen de meldcode.")],
    loc("Veilig Thuis Vaartland", "Postbus 120", "9999 ZZ", None, "24/7"),
    [("Consulent advies", "Adviesconsulent")],
    rel=rel(True, None, False, 4, "af en toe", "@today-3m", "Advies vragen volgens de meldcode; melding door de regisseur.", True, "Regionaal convenant; geen vaste persoon, wel een vaste adviesdienst."))

org("wissel", "Jeugdhulp De Wissel", "jeugd", 2,
    "Specialistische jeugdhulp: intensieve ambulante gezinsbehandeling, pleegzorg en dagbehandeling.",
    [svc("Intensieve ambulante gezinsbehandeling", "Intensieve behandeling thuis (meerdere keren per week) bij ernstige opvoed- en gedragsproblemen of dreigende uithuisplaatsing.", "tweede", "jeugdwet", ["Opvoeding en ontwikkeling kinderen", "Huiselijke relaties", "Veiligheid"], ["gezinnen", "jeugd"],
         wait="8 weken", wait_days=56, costs="Gratis (Jeugdwet)", elig="Gezinnen met kinderen 0-18 jaar met een beschikking.", apply="Beschikking Jeugdwet via het wijkteam of verwijzing door huisarts of jeugdarts.")],
    loc("De Wissel, locatie Vaartland", "Industrieweg 15", "9999 HB", None, "werkdagen"),
    [("Sandra Peeters", "Gezinsbehandelaar")],
    rel=rel(True, 0, True, 4, "maandelijks", "@today-5w", "Verwijzing met beschikking; gezamenlijk startgesprek met het gezin.", True))

org("werkplein", "Werkplein Vaartland", "werk en inkomen", 2,
    "Samenwerking van gemeenten in Vaartland voor Werk & Inkomen: bijstand (Participatiewet), bijzondere bijstand en re-integratie.",
    [svc("Bijstand en bijzondere bijstand", "Aanvraag en uitvoering van de bijstandsuitkering, bijzondere bijstand en individuele inkomenstoeslag.", "eerste", "vrij", ["Financiën"], ["volwassenen"],
         wait="Beslissing binnen 8 weken", wait_days=56, costs="Gratis", elig="Inwoners zonder voldoende inkomen of vermogen.", apply="Digitaal aanvragen met DigiD; hulp bij aanvragen via de formulierenbrigade."),
     svc("Werkfit-traject", "Begeleiding naar werk, opleiding of vrijwilligerswerk met een activeringscoach.", "eerste", "vrij", ["Werk en opleiding", "Tijdsbesteding", "Maatschappelijke participatie"], ["volwassenen"],
         wait="3 weken", wait_days=21, costs="Gratis", elig="Mensen met een uitkering Participatiewet.", apply="Via de eigen klantmanager.")],
    loc("Werkplein Vaartland", "Stationsplein 20", "9999 AE", None, "werkdagen"),
    [("Lotte Vermeulen", "Klantmanager Werk & Inkomen"), ("Ahmed Benali", "Activeringscoach")],
    rel=rel(True, 0, True, 3, "tweewekelijks", "@today-3w", "Vaste klantmanager voor Wijkteam Noord; driegesprek met bewoner mogelijk.", True))

org("stadsbank", "Stadsbank Vaartland", "werk en inkomen", 2,
    "Gemeentelijke kredietbank voor schuldhulpverlening, budgetbeheer en schuldregelingen (Wgs).",
    [svc("Schuldregeling en budgetbeheer", "Minnelijke schuldregeling, saneringskrediet, budgetbeheer en beschermingsbewind-advies.", "tweede", "wijkteam", ["Financiën"], ["volwassenen"],
         wait="Intake binnen 4 weken (bij dreigende huisuitzetting binnen 3 werkdagen)", wait_days=28, costs="Gratis; budgetbeheer met eigen bijdrage bij hoger inkomen",
         elig="Inwoners van de Vaartland-gemeenten met problematische schulden.", apply="Aanmelding via de schuldhulpverlener van het wijkteam (stabilisatie eerst).")],
    loc("Stadsbank Vaartland", "Stationsplein 20", "9999 AE", None, "werkdagen"),
    [("Mariska Dekker", "Schuldhulpconsulent")],
    rel=rel(True, 0, False, 3, "maandelijks", "@today-2m", "Aanmelding via vast formulier door de schuldhulpverlener van het wijkteam.", True))

org("zorgverzekeraar", "Zorgverzekeraar De Zorgvaart", "zorg", 2,
    "Grootste zorgverzekeraar in de regio; contracteert wijkverpleging en heeft een gemeentepolis voor minima.",
    [svc("Gemeentepolis en zorgadvies", "Aanvullende verzekering voor inwoners met een laag inkomen; zorgadviseurs bij complexe zorgvragen.", "eerste", "vrij", ["Financiën", "Lichamelijke gezondheid"], ["volwassenen", "minima"],
         costs="Premie; deels vergoed door de gemeente", elig="Inwoners met een inkomen tot 130% van het sociaal minimum.", apply="Aanmelden bij de zorgverzekeraar of via de gemeente.")],
    loc("Zorgverzekeraar De Zorgvaart", "Postbus 450", "9999 ZY", None, "werkdagen"),
    [("Klantenservice zakelijk", "Zorgadviseur")],
    rel=rel(False, None, False, 2, "jaarlijks", "@today-14m", "Alleen via de algemene klantenservice.", False, "Geen contact sinds de evaluatie van de gemeentepolis."))

org("zorgkantoor", "Zorgkantoor Vaartland", "zorg", 2,
    "Voert de Wet langdurige zorg (Wlz) uit in de regio: zorg in natura, pgb en zorgbemiddeling.",
    [svc("Zorgbemiddeling Wlz", "Bemiddeling naar passende langdurige zorg na een Wlz-indicatie van het CIZ.", "tweede", "wlz", ["Basale ADL", "Lichamelijke gezondheid", "Huisvesting"], ["ouderen", "mensen met een beperking"],
         wait="Afhankelijk van aanbieder; verpleeghuis 3 tot 9 maanden", wait_days=180, costs="Eigen bijdrage Wlz (CAK)", elig="Mensen met een Wlz-indicatie.", apply="Indicatie aanvragen bij het CIZ; daarna contact met het zorgkantoor.")],
    loc("Zorgkantoor Vaartland", "Postbus 451", "9999 ZY", None, "werkdagen"),
    [("Zorgbemiddelaar", "Zorgbemiddelaar Wlz")],
    rel=rel(False, None, False, 3, "zelden", "@today-8m", "Algemene zorgbemiddelingslijn.", False))

org("reclassering", "Reclasseringsteam Vaartland", "veiligheid", 2,
    "Toezicht en begeleiding van volwassenen met een (voorwaardelijke) straf of taakstraf.",
    [svc("Reclasseringstoezicht", "Toezicht op bijzondere voorwaarden, begeleiding bij werk, wonen en schulden in samenwerking met het wijkteam.", "tweede", "vrij", ["Justitie", "Werk en opleiding", "Huisvesting"], ["volwassenen"],
         costs="Gratis", elig="Cliënten met een justitieel kader.", apply="Via het Openbaar Ministerie of de rechter; het wijkteam kan contact zoeken met toestemming van de cliënt.")],
    loc("Reclasseringsteam Vaartland", "Gerechtsstraat 8", "9999 HC", None, "werkdagen"),
    [("Dennis Hendriks", "Reclasseringswerker")],
    rel=rel(False, 0, False, 3, "zelden", "@today-9m", "Per casus, met toestemming van de bewoner.", True))

org("onderdak", "Stichting Onderdak Vaartland", "wonen", 2,
    "Maatschappelijke opvang, beschermd wonen en begeleid wonen voor dak- en thuislozen en mensen met psychische kwetsbaarheid.",
    [svc("Maatschappelijke opvang en begeleid wonen", "Nachtopvang, 24-uursopvang en begeleid wonen met als doel weer zelfstandig te wonen.", "tweede", "wmo", ["Huisvesting", "Geestelijke gezondheid", "Basale ADL"], ["daklozen", "volwassenen"],
         wait="Nachtopvang direct; begeleid wonen 3 maanden", wait_days=90, costs="Eigen bijdrage naar inkomen", elig="Dak- en thuislozen met een binding met de regio.", apply="Centrale toegang maatschappelijke opvang; het wijkteam kan aanmelden.")],
    loc("Onderdak Vaartland", "Kerkstraat 50", "9999 AF", "oude_dorp", "24/7"),
    [("Gijs de Boer", "Trajectbegeleider")],
    rel=rel(True, 0, True, 4, "maandelijks", "@today-10w", "Centrale toegang; warme overdracht met de trajectbegeleider.", True))

org("leerplicht", "Leerplicht en RMC Vaartland", "onderwijs", 2,
    "Leerplichtambtenaren en RMC-trajectbegeleiders voor schoolverzuim en voortijdig schoolverlaten.",
    [svc("Leerplicht en verzuimbegeleiding", "Gesprekken met leerling en ouders bij verzuim; toeleiding naar school of hulp; RMC voor jongeren 18-23 zonder startkwalificatie.", "eerste", "vrij", ["Werk en opleiding", "Opvoeding en ontwikkeling kinderen"], ["jongeren"],
         costs="Gratis", elig="Jongeren 5-23 jaar in de regio Vaartland.", apply="Melding door school (verzuimloket) of contact opnemen.")],
    loc("Leerplicht Vaartland", "Raadhuisplein 1", "9999 AA", None, "werkdagen"),
    [("Roel Verbeek", "Leerplichtambtenaar")],
    rel=rel(True, 0, True, 4, "maandelijks", "@today-7w", "Verzuimoverleg met school en jeugd- en gezinscoach.", True))

org("jeugdbescherming", "Jeugdbescherming Vaartland", "jeugd", 2,
    "Gecertificeerde instelling voor ondertoezichtstelling en voogdij; ook vrijwillig Drang-traject.",
    [svc("Jeugdbescherming en jeugdreclassering", "Uitvoering van kinderbeschermingsmaatregelen; consultatie voor het wijkteam bij ernstige zorgen.", "tweede", "jeugdwet", ["Veiligheid", "Opvoeding en ontwikkeling kinderen"], ["jeugd", "gezinnen"],
         costs="Gratis", elig="Gezinnen met een kinderbeschermingsmaatregel of daarop gericht traject.", apply="Via de Raad voor de Kinderbescherming of consultatie via het wijkteam.")],
    loc("Jeugdbescherming Vaartland", "Industrieweg 19", "9999 HB", None, "werkdagen"),
    [("Yvonne Maas", "Jeugdbeschermer")],
    rel=rel(False, 0, False, 3, "zelden", "@today-7m", "Consultatie per casus.", False))

org("dementienetwerk", "Dementienetwerk Vaartland", "zorg", 2,
    "Ketenorganisatie voor dementiezorg: geheugenpoli, casemanagers en ontmoetingscentra werken samen.",
    [svc("Geheugenpolikliniek", "Onderzoek en diagnose bij geheugenklachten, in het ziekenhuis of thuis.", "tweede", "huisarts", ["Geestelijke gezondheid", "Lichamelijke gezondheid"], ["ouderen"],
         wait="6 weken", wait_days=42, costs="Vergoed uit de basisverzekering; eigen risico", elig="Mensen met geheugenklachten.", apply="Verwijzing door de huisarts.")],
    loc("Ziekenhuis Vaartland, geheugenpoli", "Ziekenhuisweg 2", "9999 HA", None, "werkdagen"),
    [("Ellen Vos", "Ketencoördinator dementie")],
    rel=rel(True, 0, True, 4, "af en toe", "@today-4m", "Via de huisarts en de casemanager dementie van Thuiszorg De Linde.", True))

org("dagbesteding", "Zorgboerderij De Hoge Wei", "zorg", 2,
    "Zorgboerderij met dagbesteding voor ouderen en voor volwassenen met een beperking of psychische kwetsbaarheid.",
    [svc("Dagbesteding op de boerderij", "Zinvolle dagbesteding met dieren, tuin en werkplaats; vervoer mogelijk.", "eerste", "wmo", ["Tijdsbesteding", "Sociaal netwerk", "Maatschappelijke participatie"], ["ouderen", "mensen met een beperking", "volwassenen"],
         wait="2 tot 4 weken", wait_days=21, costs="Eigen bijdrage Wmo (abonnementstarief)", elig="Inwoners met een Wmo-beschikking dagbesteding; proefdag altijd mogelijk.", apply="Via de Wmo-consulent; een proefdag zelf afspreken.")],
    loc("Zorgboerderij De Hoge Wei", "Hoge Weiweg 6", "9999 KA", None, [("ma-vr", "09:30", "15:30", None)]),
    [("Bram Wolters", "Zorgboer")],
    rel=rel(False, 0, True, 4, "af en toe", "@today-5m", "Proefdag afspreken, daarna beschikking via de Wmo-consulent.", True))

# ---------------- ring 3: sociale kaart ----------------
org("vrijwilligers", "Vrijwilligerscentrale Marendal", "informeel", 3,
    "Bemiddelt vrijwilligers naar organisaties en bewoners; vacaturebank, maatjesprojecten en vrijwilligerswerk als opstap.",
    [svc("Vrijwilligersvacaturebank en maatjes", "Hulp bij het vinden van passend vrijwilligerswerk, ook als opstap naar werk; koppelt maatjes aan bewoners die er alleen voor staan.", "nulde", "vrij", ["Tijdsbesteding", "Maatschappelijke participatie", "Sociaal netwerk"], ["volwassenen", "ouderen"],
         wait="Koppeling maatje 4 tot 8 weken", wait_days=42, elig="Iedereen in Marendal.", apply="Binnenlopen of bellen; professionals kunnen een maatje aanvragen.")],
    loc("Vrijwilligerscentrale in Buurtcentrum De Lindeboom", "Lindeplein 3", "9999 CA", "lindenhof", [("ma,wo,vr", "10:00", "13:00", None)]),
    [("Carla Boer", "Consulent vrijwilligerswerk")],
    rel=rel(True, 0, True, 5, "maandelijks", "@today-4w", "Aanvraag maatje via formulier; consulent belt terug.", True))

org("mantelzorg", "Mantelzorgsteunpunt Marendal", "informeel", 3,
    "Informatie, advies en ondersteuning voor mantelzorgers: respijtzorg, lotgenotengroepen en de jaarlijkse mantelzorgwaardering.",
    [svc("Mantelzorgondersteuning", "Persoonlijk gesprek, respijtzorg regelen, lotgenotencontact, mantelzorgwaardering.", "nulde", "vrij", ["Sociaal netwerk", "Geestelijke gezondheid"], ["mantelzorgers"],
         elig="Iedereen die zorgt voor een naaste in Marendal.", apply="Bellen of mailen; aanmelden door het wijkteam kan ook.")],
    loc("Mantelzorgsteunpunt", "Stationsplein 4", "9999 AB", None, [("ma-do", "09:00", "16:00", None)]),
    [("Gonnie Prins", "Mantelzorgconsulent")],
    rel=rel(True, 0, True, 5, "maandelijks", "@today-3w", "Wijkteam meldt mantelzorgers aan; steunpunt belt binnen een week.", True))

org("voedselbank", "Voedselbank Marendal-Vaartland", "informeel", 3,
    "Verstrekt wekelijks een voedselpakket aan huishoudens onder de bestaansgrens; draait volledig op vrijwilligers.",
    [svc("Voedselpakket", "Wekelijks voedselpakket gedurende maximaal 3 jaar, samen met schuldhulp of budgetbegeleiding.", "nulde", "wijkteam", ["Financiën", "Basale ADL"], ["minima", "gezinnen"],
         wait="Intake binnen 1 week", wait_days=7, elig="Huishoudens met een besteedbaar inkomen onder de norm van de voedselbank.", apply="Aanmelding door een hulpverlener (wijkteam, schuldhulp, maatschappelijk werk) met een budgetoverzicht.")],
    loc("Uitgiftepunt Voedselbank", "Loodsweg 3", "9999 GC", "vaartkwartier", [("vr", "13:00", "16:00", "Uitgifte")]),
    [("Henk Zwart", "Intakecoördinator")],
    rel=rel(False, 0, True, 4, "maandelijks", "@today-5w", "Verwijsformulier door de hulpverlener.", False))

org("bibliotheek", "Bibliotheek Vaartland – Taalhuis Marendal", "onderwijs", 3,
    "Taalhuis in de bibliotheek: hulp bij lezen, schrijven, rekenen en digitale vaardigheden; taalmaatjes en Klik & Tik.",
    [svc("Taalhuis en taalmaatjes", "Inloop voor taalvragen; koppeling aan een taalmaatje; lesgroepen Nederlands voor laaggeletterden en nieuwkomers.", "nulde", "vrij", ["Werk en opleiding", "Maatschappelijke participatie", "Instrumentele ADL"], ["laaggeletterden", "nieuwkomers"],
         wait="Taalmaatje binnen 6 weken", wait_days=42, elig="Iedereen die beter wil leren lezen, schrijven of rekenen.", apply="Binnenlopen tijdens het inloopspreekuur."),
     svc("Digitaal Hulpplein", "Hulp bij DigiD, online formulieren en omgaan met computer en smartphone.", "nulde", "vrij", ["Instrumentele ADL", "Financiën"], ["ouderen", "laaggeletterden"], elig="Iedereen.", apply="Vrije inloop.")],
    loc("Bibliotheek Marendal", "Markt 14", "9999 AC", "oude_dorp", [("di,do", "10:00", "12:00", "Inloop Taalhuis"), ("ma-vr", "10:00", "18:00", "Bibliotheek open"), ("za", "10:00", "14:00", "Bibliotheek open")]),
    [("Noor Willems", "Coördinator Taalhuis")],
    rel=rel(False, 0, True, 4, "af en toe", "@today-3m", "Bewoner gaat zelf naar de inloop; wijkteam belt bij twijfel de coördinator.", False))

org("buurthuis", "Buurthuis De Lindeboom", "welzijn", 3,
    "Buurthuis met huiskamer, koffieochtenden, eettafel en activiteiten van bewoners voor bewoners.",
    [svc("Huiskamer en buurteettafel", "Elke werkdag koffie-inloop; op dinsdag en donderdag een gezamenlijke maaltijd voor 4 euro.", "nulde", "vrij", ["Sociaal netwerk", "Tijdsbesteding", "Maatschappelijke participatie"], ["bewoners", "ouderen"],
         costs="Koffie gratis; maaltijd 4 euro", fees="Maaltijd 4 euro", elig="Iedereen.", apply="Gewoon binnenlopen; maaltijd een dag van tevoren opgeven.")],
    loc("Buurtcentrum De Lindeboom", "Lindeplein 3", "9999 CA", "lindenhof", [("ma-vr", "09:00", "17:00", None), ("di,do", "17:30", "19:30", "Buurteettafel")]),
    [("Ria van Leeuwen", "Beheerder buurthuis")],
    rel=rel(False, 0, True, 5, "wekelijks", "@today-2d", "Zelfde gebouw als het wijkteam.", True))

org("repair", "Repair Café Lindenhof", "informeel", 3,
    "Vrijwilligers repareren samen met bezoekers kapotte spullen; ontmoeting en duurzaamheid.",
    [svc("Repair Café", "Elke eerste zaterdag van de maand: spullen laten repareren (kleding, elektra, fietsen).", "nulde", "vrij", ["Sociaal netwerk", "Tijdsbesteding", "Financiën"], ["bewoners"],
         costs="Gratis; vrijwillige bijdrage", elig="Iedereen.", apply="Binnenlopen met het kapotte voorwerp.")],
    loc("Repair Café in De Lindeboom", "Lindeplein 3", "9999 CA", "lindenhof", [("za", "10:00", "13:00", "Eerste zaterdag van de maand")]),
    [("Kees Dijkman", "Coördinator (vrijwilliger)")])

org("sv_vaart", "Sportvereniging SV Vaartkwartier", "informeel", 3,
    "Omnisportvereniging (voetbal, gym, walking football) met een buurtsportcoach en een fonds voor contributie.",
    [svc("Buurtsport en walking football", "Laagdrempelig sporten voor jong en oud; contributie kan via het Meedoenfonds.", "nulde", "vrij", ["Tijdsbesteding", "Lichamelijke gezondheid", "Sociaal netwerk"], ["jeugd", "ouderen"],
         costs="Contributie; vergoeding via Meedoenfonds mogelijk", fees="Jeugd 12 euro per maand, senioren 8 euro per maand", elig="Iedereen.", apply="Twee keer gratis meetrainen; aanmelden bij de buurtsportcoach.")],
    loc("Sportpark Vaartkwartier", "Sportlaan 1", "9999 GD", "vaartkwartier", [("ma-vr", "16:00", "22:00", None), ("za", "08:30", "17:00", None)]),
    [("Dirk Mol", "Buurtsportcoach")],
    rel=rel(False, None, False, 3, "zelden", "@today-13m", "Geen vaste lijn; via de opbouwwerker.", False))

org("diaconie", "Protestantse Gemeente Marendal – Diaconie", "informeel", 3,
    "De diaconie helpt mensen in nood in Marendal, ongeacht geloof: noodhulp, klussen en bezoekwerk.",
    [svc("Noodhulp en bezoekwerk", "Eenmalige financiële noodhulp (bijvoorbeeld bij wachttijd voor een uitkering), boodschappenbon, bezoekwerk voor eenzame ouderen.", "nulde", "wijkteam", ["Financiën", "Sociaal netwerk"], ["minima", "ouderen"],
         costs="Gratis", elig="Inwoners in acute financiële nood; bij noodhulp overleg met een hulpverlener.", apply="Via het wijkteam of de diaken bellen.")],
    loc("Dorpskerk Marendal", "Kerkstraat 1", "9999 AF", "oude_dorp", [("wo", "10:00", "12:00", "Spreekuur diaconie")]),
    [("Wim de Jong", "Diaken")],
    rel=rel(False, 0, True, 4, "af en toe", "@today-6m", "Wijkteam belt de diaken; kort lijntje.", True))

org("papierwerk", "Stichting Papierwerk Marendal", "informeel", 3,
    "Getrainde vrijwilligers helpen thuis bij het op orde brengen en houden van de thuisadministratie.",
    [svc("Thuisadministratie", "Een vrijwilliger komt een jaar lang wekelijks thuis helpen met post, rekeningen en een overzicht van inkomsten en uitgaven.", "nulde", "vrij", ["Financiën", "Instrumentele ADL"], ["volwassenen", "ouderen"],
         wait="4 tot 6 weken", wait_days=35, elig="Inwoners die hulp nodig hebben bij hun administratie; geen schuldregeling nodig.", apply="Zelf aanmelden of via het wijkteam.")],
    loc("Papierwerk (in Buurtcentrum De Lindeboom)", "Lindeplein 3", "9999 CA", "lindenhof", [("ma,do", "09:30", "12:00", None)]),
    [("Joke Hermans", "Coördinator thuisadministratie")],
    rel=rel(True, 0, True, 4, "maandelijks", "@today-6w", "Aanmelding door het wijkteam; kennismaking samen met de vrijwilliger.", True))

org("formulieren", "Formulierenbrigade Marendal", "informeel", 3,
    "Hulp bij het invullen van formulieren: toeslagen, kwijtschelding, bijzondere bijstand, huurverlaging.",
    [svc("Formulierenbrigade spreekuur", "Vrijwilligers en stagiairs helpen bij formulieren en aanvragen, ook digitaal.", "nulde", "vrij", ["Financiën", "Instrumentele ADL"], ["minima", "laaggeletterden"],
         elig="Iedereen.", apply="Inloopspreekuur; neem brieven en DigiD mee.", langs=("nl", "ar", "tr", "en"))],
    loc("Formulierenbrigade in de bibliotheek", "Markt 14", "9999 AC", "oude_dorp", [("wo", "13:30", "16:30", None)]),
    [("Sarita Ramdin", "Coördinator")],
    rel=rel(False, None, True, 4, "af en toe", "@today-2m", "Bewoner gaat zelf naar het spreekuur.", False))

org("seniorenvereniging", "Seniorenvereniging Marendal", "informeel", 3,
    "Vereniging voor en door ouderen: ouderenadviseurs, belastinghulp, sociale activiteiten.",
    [svc("Ouderenadviseur en belastingservice", "Vrijwillige ouderenadviseurs komen thuis voor een gesprek over wonen, welzijn en zorg; hulp bij belastingaangifte.", "nulde", "vrij", ["Financiën", "Sociaal netwerk", "Instrumentele ADL"], ["ouderen"],
         costs="Gratis voor leden; lidmaatschap 25 euro per jaar", fees="Lidmaatschap 25 euro per jaar", elig="Ouderen vanaf 55 jaar.", apply="Bellen met het secretariaat.")],
    loc("Seniorenvereniging, De Lindeboom", "Lindeplein 3", "9999 CA", "lindenhof", [("di", "10:00", "12:00", None)]),
    [("Truus Koster", "Ouderenadviseur")],
    rel=rel(False, 0, True, 4, "af en toe", "@today-8m", "Via de ouderenadviseur.", True))

org("speeltuin", "Speeltuinvereniging De Klimop", "informeel", 3,
    "Speeltuin in het Vaartkwartier, beheerd door ouders uit de buurt; zomeractiviteiten en ontmoeting voor gezinnen.",
    [svc("Speeltuin en zomerspelweek", "Speeltuin open in de middagen; zomerspelweek voor kinderen 4-12 jaar.", "nulde", "vrij", ["Opvoeding en ontwikkeling kinderen", "Sociaal netwerk"], ["jeugd", "gezinnen"],
         costs="Jaarkaart 10 euro per gezin", fees="Jaarkaart 10 euro per gezin", elig="Iedereen.", apply="Binnenlopen.")],
    loc("Speeltuin De Klimop", "Klimopstraat 20", "9999 GE", "vaartkwartier", [("wo,za,zo", "13:00", "17:00", "April t/m oktober")]),
    [("Samira El Idrissi", "Voorzitter")])

org("kledingbank", "Kledingbank Marendal", "informeel", 3,
    "Gratis kleding voor huishoudens met een laag inkomen.",
    [svc("Kledingbank", "Vier keer per jaar gratis kleding uitzoeken voor het hele gezin.", "nulde", "wijkteam", ["Financiën", "Basale ADL"], ["minima", "gezinnen"],
         elig="Huishoudens met een inkomen tot 120% van het sociaal minimum.", apply="Verwijsbrief van een hulpverlener.")],
    loc("Kledingbank", "Loodsweg 5", "9999 GC", "vaartkwartier", [("za", "10:00", "13:00", None)]),
    [("Loes Bakker", "Vrijwilliger intake")])

org("meedoenfonds", "Stichting Meedoenfonds Marendal", "informeel", 3,
    "Vergoedt sport, cultuur, schoolspullen en een fiets voor kinderen uit gezinnen met een laag inkomen.",
    [svc("Meedoenregeling kinderen", "Bijdrage voor contributie, zwemles, muziekles, schoolreis en laptop.", "nulde", "vrij", ["Opvoeding en ontwikkeling kinderen", "Financiën", "Maatschappelijke participatie"], ["jeugd", "minima"],
         wait="Aanvraag binnen 3 weken beoordeeld", wait_days=21, elig="Kinderen 4-18 jaar uit gezinnen met een inkomen tot 130% van het sociaal minimum.", apply="Aanvraag via een intermediair (school, wijkteam, buurtsportcoach).")],
    loc("Meedoenfonds (postadres)", "Postbus 77", "9999 ZX", None, [("ma-do", "09:00", "12:00", "Telefonisch spreekuur")]),
    [("Anja Timmer", "Intermediair-coördinator")],
    rel=rel(True, None, False, 4, "af en toe", "@today-4m", "Digitale aanvraag door het wijkteam als intermediair.", True))

org("burenhulp", "Burenhulp Marendal-Noord", "informeel", 3,
    "Buren helpen buren met kleine klussen, boodschappen, vervoer naar het ziekenhuis of een wandeling.",
    [svc("Burenhulp", "Kortdurende, praktische hulp door buurtbewoners; bemiddeling via een telefoonpunt.", "nulde", "vrij", ["Sociaal netwerk", "Instrumentele ADL"], ["ouderen", "bewoners"],
         elig="Bewoners van Marendal-Noord.", apply="Bellen met het telefoonpunt (ochtenden).")],
    loc("Burenhulp telefoonpunt", "Lindeplein 3", "9999 CA", "lindenhof", "ochtend"),
    [("Ans Veldman", "Coördinator (vrijwilliger)")],
    rel=rel(False, 0, True, 4, "af en toe", "@today-10m", "Via de opbouwwerker.", False))

org("gezinsmaatjes", "Gezinsmaatjes Marendal", "informeel", 3,
    "Getrainde vrijwilligers (vaak zelf ouder) ondersteunen gezinnen met jonge kinderen, een jaar lang, een dagdeel per week.",
    [svc("Gezinsmaatje", "Praktische en emotionele steun aan ouders met kinderen 0-12 jaar.", "nulde", "vrij", ["Opvoeding en ontwikkeling kinderen", "Sociaal netwerk"], ["gezinnen", "ouders"],
         wait="6 tot 8 weken", wait_days=49, elig="Gezinnen met minstens één kind tot 12 jaar.", apply="Zelf aanmelden of via JGZ of wijkteam.")],
    loc("Gezinsmaatjes", "Stationsplein 4", "9999 AB", None, "werkdagen"),
    [("Femke Hagen", "Coördinator")],
    rel=rel(True, 0, True, 4, "maandelijks", "@today-7w", "Aanmelding via de jeugd- en gezinscoach.", True))

org("kinderopvang", "Kinderopvang De Kikkerhoek", "onderwijs", 3,
    "Kinderdagverblijf en buitenschoolse opvang; peuteropvang met VVE.",
    [svc("Peuteropvang en VVE", "Peuteropvang met voor- en vroegschoolse educatie (VVE) voor kinderen van 2-4 jaar.", "nulde", "vrij", ["Opvoeding en ontwikkeling kinderen"], ["jeugd"],
         wait="Wachtlijst 2 maanden", wait_days=60, costs="Kinderopvangtoeslag; VVE-plaats gratis met indicatie JGZ", elig="Kinderen van 2-4 jaar.", apply="Inschrijven via de website; VVE-indicatie via het consultatiebureau.")],
    loc("De Kikkerhoek", "Kikkerstraat 8", "9999 GF", "vaartkwartier", [("ma-vr", "07:30", "18:30", None)]),
    [("Esmee Brink", "Pedagogisch coach")])

org("fysio", "Fysiotherapie Lindenhof", "zorg", 3,
    "Fysiotherapie, oefentherapie en valpreventie voor ouderen.",
    [svc("Valpreventie In Balans", "Groepstraining valpreventie voor thuiswonende ouderen.", "eerste", "vrij", ["Lichamelijke gezondheid", "Basale ADL"], ["ouderen"],
         costs="Deels vergoed via aanvullende verzekering", fees="Eigen bijdrage 30 euro voor 10 lessen", elig="Ouderen met valrisico.", apply="Zelf aanmelden of via de huisarts.")],
    loc("Fysiotherapie Lindenhof", "Berkenlaan 42", "9999 CE", "lindenhof", [("ma-vr", "08:00", "20:00", None)]),
    [("Thijs Koning", "Fysiotherapeut")])

org("apotheek", "Apotheek Vaartkwartier", "zorg", 3,
    "Apotheek met medicatiebeoordeling en baxter-rollen; herkent signalen van verwardheid of therapieontrouw.",
    [svc("Medicatiebeoordeling en medicijnrol", "Medicatiebeoordeling bij vijf of meer middelen, medicijnrol op maat.", "eerste", "vrij", ["Lichamelijke gezondheid", "Instrumentele ADL"], ["ouderen", "chronisch zieken"],
         costs="Vergoed uit de basisverzekering", elig="Ingeschreven klanten.", apply="Vragen aan de apotheker.")],
    loc("Apotheek Vaartkwartier", "Vaartweg 118", "9999 GA", "vaartkwartier", [("ma-vr", "08:00", "18:00", None), ("za", "10:00", "13:00", None)]),
    [("Floor Bosma", "Apotheker")])

org("bewonersvereniging", "Bewonersvereniging Vaartkwartier", "informeel", 3,
    "Vertegenwoordigt huurders en bewoners van het Vaartkwartier; organiseert straatschouw en buurtfeest.",
    [svc("Bewonersoverleg en straatschouw", "Maandelijks bewonersoverleg; straatschouw met gemeente, corporatie en wijkagent.", "nulde", "vrij", ["Maatschappelijke participatie", "Huisvesting", "Veiligheid"], ["bewoners"],
         elig="Bewoners van het Vaartkwartier.", apply="Aanschuiven bij het bewonersoverleg.")],
    loc("Bewonersvereniging Vaartkwartier", "Klimopstraat 22", "9999 GE", "vaartkwartier", [("ma", "19:30", "21:30", "Eerste maandag van de maand")]),
    [("Hans Visscher", "Voorzitter")],
    rel=rel(False, 0, True, 3, "af en toe", "@today-9m", "Via de opbouwwerker.", False))

org("alzheimercafe", "Alzheimer Café Marendal", "informeel", 3,
    "Maandelijkse ontmoetingsavond voor mensen met dementie, mantelzorgers en belangstellenden.",
    [svc("Alzheimer Café", "Elke derde dinsdag van de maand een thema-avond met gesprek en informatie.", "nulde", "vrij", ["Geestelijke gezondheid", "Sociaal netwerk"], ["ouderen", "mantelzorgers"],
         elig="Iedereen.", apply="Vrije inloop.")],
    loc("Alzheimer Café in De Lindeboom", "Lindeplein 3", "9999 CA", "lindenhof", [("di", "19:30", "21:30", "Derde dinsdag van de maand")]),
    [("Marja Steenbergen", "Gespreksleider")])

org("herstelcafe", "Herstelcafé Marendal", "informeel", 3,
    "Ontmoetingsplek door en voor mensen met psychische kwetsbaarheid, met ervaringsdeskundigen.",
    [svc("Herstelcafé", "Twee middagen per week ontmoeting, herstelgroepen en ervaringsdeskundige steun.", "nulde", "vrij", ["Geestelijke gezondheid", "Sociaal netwerk", "Tijdsbesteding"], ["volwassenen"],
         elig="Iedereen met psychische kwetsbaarheid en naasten.", apply="Vrije inloop.")],
    loc("Herstelcafé", "Kerkstraat 12", "9999 AF", "oude_dorp", [("wo,vr", "13:00", "16:00", None)]),
    [("Robin Groen", "Ervaringsdeskundige")],
    rel=rel(False, None, False, 3, "zelden", "@today-12m", "Onbekend bij een deel van het team.", False))

org("samen", "Stichting Samen Marendal", "informeel", 3,
    "Zelforganisatie van nieuwkomers en migranten: sleutelfiguren, voorlichting in de eigen taal en hulp bij inburgering.",
    [svc("Sleutelfiguren en voorlichting", "Sleutelfiguren gaan mee naar gesprekken, tolken informeel en geven voorlichting over zorg en onderwijs.", "nulde", "vrij", ["Maatschappelijke participatie", "Sociaal netwerk"], ["nieuwkomers", "statushouders"],
         elig="Iedereen.", apply="Bellen of binnenlopen.", langs=("nl", "ar", "ti", "tr"))],
    loc("Stichting Samen", "Havenkade 3", "9999 EF", None, [("ma-vr", "13:00", "17:00", None)]),
    [("Yonas Tesfay", "Sleutelfiguur")],
    rel=rel(False, 0, True, 4, "af en toe", "@today-3m", "Sleutelfiguur rechtstreeks bellen.", True))

org("handen", "Stichting Handen uit de Mouwen", "informeel", 3,
    "Vrijwilligers uit kerken en bedrijven doen eenmalige klussen voor mensen die het zelf niet kunnen: opruimen, schilderen, tuin.",
    [svc("Klusproject", "Eenmalige klus met een groep vrijwilligers, bijvoorbeeld opruimen bij vervuiling of een tuin opknappen.", "nulde", "wijkteam", ["Huisvesting", "Sociaal netwerk"], ["volwassenen", "ouderen"],
         wait="4 tot 8 weken", wait_days=42, elig="Hulpvrager zonder netwerk of geld; begeleid door een hulpverlener.", apply="Aanvraag door een hulpverlener.")],
    loc("Handen uit de Mouwen (postadres)", "Postbus 88", "9999 ZX", None, "ochtend"),
    [("Pieter Bos", "Projectcoördinator")])

org("geldmaatjes", "Geldmaatjes Marendal", "informeel", 3,
    "Getrainde vrijwilligers begeleiden mensen met geldzorgen naast de professionele schuldhulp.",
    [svc("Geldmaatje", "Een maatje helpt overzicht houden en motiveert tijdens een schuldhulptraject.", "nulde", "vrij", ["Financiën"], ["volwassenen"],
         wait="3 weken", wait_days=21, elig="Inwoners met geldzorgen.", apply="Zelf aanmelden of via de schuldhulpverlener.")],
    loc("Geldmaatjes in De Lindeboom", "Lindeplein 3", "9999 CA", "lindenhof", [("do", "13:00", "16:00", None)]),
    [("Marco Visser", "Coördinator")],
    rel=rel(True, 0, True, 4, "maandelijks", "@today-5w", "Schuldhulpverlener koppelt; driegesprek bij start.", True))

# Households content (internal model)
HOUSEHOLDS = []
def hh(**kw): HOUSEHOLDS.append(kw)

# member tuple: (key, name, role, birth_year, notes)
# network: (key, name, relation, ring, tie, supports "epis", direction, notes, link)  link: ("contact", org, idx) / ("org", key) / None
# professionals: (kind, ref, role, started, ended)  kind: tm|contact
# consents: dict(member, info, org, contact(idx), recipient, purpose, given, until, withdrawn, form, by, notes)
# assessments: (key, date, by, note, {domain: (score, strengths, concerns, own)})
# goals: (key, domain, description, status, set_on, target_on, closed_on)
# actions: (goal, what, actor_kind, actor_ref, due, status, done_on, notes)
# evaluations: (kind, planned, held, summary, led_by)
# deviations: (date, description, reason, by, note)
# notes: (date, author, text)
# statuses: [(status, date, by, note)]

hh(key="a", label="Gezin A.", buurt="vaartkwartier", status="aanmelding", regisseur="daan",
   opened="@today-6d", next_eval=None, closed=None,
   notes="Aangemeld door de schoolmaatschappelijk werker van De Vaartkant. Moeder wil eerst kennismaken.",
   members=[("moeder", "Moeder A.", "main", 1991, None), ("zoon", "Zoon A.", "child", 2015, "Groep 5, De Vaartkant"), ("dochter", "Dochter A.", "child", 2019, None)],
   network=[("oma", "Oma (moederskant)", "moeder van moeder", "close", "strong", "ep", "to_household", "Past twee middagen per week op.", None),
            ("smw", "Hatice Doğan", "schoolmaatschappelijk werker", "professional", "strong", "ei", "to_household", None, ("contact", "kc_vaartkant", 1))],
   professionals=[("tm", "daan", "Regisseur, jeugd- en gezinscoach", "@today-6d", None),
                  ("contact", ("kc_vaartkant", 1), "Aanmelder, schoolmaatschappelijk werk", "@today-2m", None)],
   consents=[dict(member="moeder", info="Reden van aanmelding en schoolsituatie van zoon", org="kc_vaartkant", contact=1, purpose="Afstemming tussen school en wijkteam over de aanmelding", given="@today-6d", until="@today+6m", form="verbal", by="daan", notes="Mondeling gegeven tijdens het telefoongesprek; schriftelijk vastleggen bij het eerste huisbezoek.")],
   assessments=[], goals=[],
   actions=[(None, "Eerste huisbezoek plannen en kennismaken met moeder", "team_member", "daan", "@today+3d", "open", None, None),
            (None, "Moeder brengt de brieven van school en de zorgverzekeraar mee naar het gesprek", "household_member", "moeder", "@today+5d", "open", None, None)],
   evaluations=[], deviations=[],
   journal=[("@today-6d", "daan", "Telefoontje van Hatice (SMW De Vaartkant): zoon is vaak moe en boos in de klas, moeder lijkt het zwaar te hebben sinds de scheiding. Moeder is op de hoogte van de aanmelding en wil een gesprek thuis."),
            ("@today-2d", "daan", "Moeder gebeld; afspraak gemaakt voor volgende week donderdag, als de kinderen op school zijn.")],
   statuses=[("aanmelding", "@today-6d", "daan", "Aanmelding via schoolmaatschappelijk werk")])

hh(key="bakker", label="Huishouden Bakker (pseudoniem)", buurt="lindenhof", status="vraagverheldering", regisseur="ilse",
   opened="@today-4w", next_eval="@today+6w", closed=None,
   notes="Echtpaar op leeftijd. Huisarts maakt zich zorgen over het geheugen van meneer en de belasting van mevrouw.",
   members=[("meneer", "Meneer B.", "main", 1944, "Geheugenklachten sinds ongeveer een jaar"), ("mevrouw", "Mevrouw B.", "partner", 1947, "Mantelzorger")],
   network=[("dochter", "Dochter Ingrid", "dochter", "close", "strong", "ep", "to_household", "Woont in Marendal, komt twee keer per week.", None),
            ("zoon", "Zoon Kees", "zoon", "wider", "weak", "e", "mutual", "Woont ver weg, belt op zondag.", None),
            ("buurvrouw", "Buurvrouw Tineke", "buurvrouw", "close", "strong", "ps", "mutual", "Doet boodschappen mee.", None),
            ("bezoek", "Bezoekvrijwilliger diaconie", "vrijwilliger", "wider", "weak", "s", "to_household", None, ("contact", "diaconie", 0)),
            ("ha", "Maarten Hoogland", "huisarts", "professional", "strong", "i", "to_household", None, ("contact", "ha_lindenhof", 0))],
   professionals=[("tm", "ilse", "Regisseur, wijkverpleegkundige", "@today-4w", None),
                  ("contact", ("ha_lindenhof", 0), "Huisarts, verwijzer", "@today-4w", None),
                  ("contact", ("thuiszorg", 1), "Casemanager dementie (na diagnose)", "@today-1w", None)],
   consents=[dict(member="meneer", info="Medische gegevens over geheugen en medicatie", org="ha_lindenhof", contact=0, purpose="Afstemming zorg tussen huisarts en wijkteam", given="@today-4w", until="@today+11m", form="written", by="ilse"),
             dict(member="mevrouw", info="Naam en telefoonnummer, zorgen over mantelzorgbelasting", org="mantelzorg", contact=0, purpose="Aanmelding bij het Mantelzorgsteunpunt", given="@today-2w", until="@today+6m", form="verbal", by="ilse")],
   assessments=[("a1", "@today-3w", "ilse", "Eerste gesprek aan de keukentafel, met dochter erbij.", {
        "Lichamelijke gezondheid": (3, "Meneer wandelt nog dagelijks.", "Mevrouw heeft last van haar rug en slaapt slecht.", "Dochter gaat mee naar de huisarts."),
        "Geestelijke gezondheid": (2, "Meneer is vriendelijk en rustig.", "Vergeetachtigheid neemt toe; meneer raakte twee keer de weg kwijt.", None),
        "Basale ADL": (4, "Wassen en aankleden lukt zelf.", None, None),
        "Instrumentele ADL": (2, "Mevrouw doet het huishouden.", "Medicijnen worden vergeten; post blijft liggen.", "Dochter kijkt de post door."),
        "Sociaal netwerk": (3, "Betrokken dochter en buurvrouw.", "Mevrouw is overbelast en komt nergens meer aan toe.", None),
        "Financiën": (4, "Vaste lasten automatisch, geen schulden.", None, None),
        "Huisvesting": (4, "Gelijkvloerse huurwoning.", "Drempels in de badkamer.", None)})],
   goals=[("diagnose", "Geestelijke gezondheid", "Duidelijkheid over de geheugenklachten van meneer", "in_progress", "@today-3w", "@today+2m", None),
          ("ontlasten", "Sociaal netwerk", "Mevrouw heeft minstens één dagdeel per week voor zichzelf", "open", "@today-3w", "@today+3m", None),
          ("medicatie", "Instrumentele ADL", "Meneer krijgt zijn medicijnen elke dag op tijd", "in_progress", "@today-3w", "@today+1m", None)],
   actions=[("diagnose", "Verwijzing naar de geheugenpoli", "contact", ("ha_lindenhof", 0), "@today-2w", "done", "@today-17d", None),
            ("ontlasten", "Mevrouw aanmelden bij het Mantelzorgsteunpunt", "team_member", "ilse", "@today+7d", "in_progress", None, None),
            ("medicatie", "Medicijnrol regelen met de apotheek", "network_person", "dochter", "@today-2d", "open", None, "Dochter had het druk; opnieuw besproken."),
            ("ontlasten", "Informatie over dagbesteding De Hoge Wei opvragen", "service", ("dagbesteding", 0), "@today+3w", "open", None, None)],
   evaluations=[("regular", "@today+6w", None, None, "ilse")],
   deviations=[],
   journal=[("@today-4w", "ilse", "Huisarts belde: meneer B. vergeet veel, mevrouw huilde op het spreekuur. Huisbezoek gepland."),
            ("@today-3w", "ilse", "Keukentafelgesprek met meneer, mevrouw en dochter Ingrid. Mevrouw wil geen verpleeghuis 'zolang het kan'. Afgesproken: eerst duidelijkheid via geheugenpoli, mevrouw ontlasten."),
            ("@today-1w", "ilse", "Joyce (casemanager dementie) ingelicht; zij sluit aan zodra er een diagnose is.")],
   statuses=[("aanmelding", "@today-4w", "ilse", "Signaal huisarts"), ("vraagverheldering", "@today-3w", "ilse", None)])

hh(key="k", label="Gezin K.", buurt="vaartkwartier", status="plan", regisseur="ruud",
   opened="@today-10w", next_eval="@today+4w", closed=None,
   notes="Huurachterstand van drie maanden gemeld door Het Vaarthuis (vroegsignalering). Schulden naar schatting 18.000 euro.",
   members=[("vader", "Vader K.", "main", 1984, "Werkloos sinds faillissement werkgever"), ("moeder", "Moeder K.", "partner", 1986, "Werkt 16 uur in de thuiszorg"),
            ("kind1", "Zoon K.", "child", 2010, None), ("kind2", "Dochter K.", "child", 2013, None), ("kind3", "Zoon K. (jongste)", "child", 2020, None)],
   network=[("broer", "Broer van vader", "oom", "close", "stressful", "p", "mutual", "Heeft geld geleend en wil het terug; spanning.", None),
            ("oma", "Oma K.", "moeder van vader", "close", "strong", "ep", "to_household", "Past op de jongste.", None),
            ("trainer", "Voetbaltrainer", "trainer van zoon", "wider", "weak", "s", "to_household", None, None),
            ("geldmaatje", "Geldmaatje (nog te koppelen)", "vrijwilliger", "wider", "weak", "pi", "to_household", None, ("org", "geldmaatjes"))],
   professionals=[("tm", "ruud", "Regisseur, schuldhulpverlener", "@today-10w", None),
                  ("contact", ("woonstichting", 0), "Woonconsulent", "@today-10w", None),
                  ("contact", ("werkplein", 0), "Klantmanager Werk & Inkomen", "@today-6w", None),
                  ("tm", "sanne", "Maatschappelijk werker (spanning in de relatie)", "@today-5w", None)],
   consents=[dict(member="vader", info="Huurachterstand, betalingsregeling en schuldenoverzicht", org="woonstichting", contact=0, purpose="Voorkomen van huisuitzetting", given="@today-10w", until="@today+10m", form="written", by="ruud"),
             dict(member="vader", info="Schuldenoverzicht en inkomensgegevens", org="stadsbank", contact=0, purpose="Aanmelding schuldregeling", given="@today-3w", until="@today+1y", form="written", by="ruud"),
             dict(member="vader", info="Werkgeschiedenis en uitkeringssituatie", org="werkplein", contact=0, purpose="Driegesprek over re-integratie", given="@today-14m", until="@today-2m", form="verbal", by="ruud", notes="Toestemming uit eerder contact, verlopen. Opnieuw vragen bij het driegesprek."),
             dict(member="moeder", info="Naam, adres, gezinssamenstelling en budgetoverzicht", org="voedselbank", contact=0, purpose="Aanmelding voedselpakket", given="@today-8w", until="@today+4m", form="written", by="ruud")],
   assessments=[("a1", "@today-2m", "ruud", "Eerste inventarisatie met beide ouders.", {
        "Financiën": (1, "Ouders willen openheid geven over alle post.", "Huurachterstand, incasso's, energierekening niet betaald.", "Moeder houdt een kasboekje bij."),
        "Huisvesting": (2, "Goede band met de woonconsulent.", "Dreigende ontruiming bij verdere achterstand.", None),
        "Werk en opleiding": (2, "Vader heeft een vrachtwagenrijbewijs.", "Vader zoekt al een half jaar tevergeefs werk.", None),
        "Huiselijke relaties": (3, "Ouders steunen elkaar.", "Veel ruzie over geld.", None),
        "Opvoeding en ontwikkeling kinderen": (3, "Kinderen gaan graag naar school en sport.", "Oudste schaamt zich, wil niet meer op voetbal omdat er geen geld is.", "Oma vangt de jongste op."),
        "Geestelijke gezondheid": (3, None, "Vader slaapt slecht en piekert.", None)}),
        ("a2", "@today-1w", "ruud", "Tussenstand voor het plan.", {
        "Financiën": (2, "Betalingsregeling huur loopt; voedselpakket helpt.", "Nog geen volledig overzicht van de schulden.", "Vader opent nu zelf elke dag de post."),
        "Huisvesting": (3, "Ontruiming van de baan zolang de regeling loopt.", None, None),
        "Werk en opleiding": (2, None, "Nog geen gesprek met Werkplein gehad.", None),
        "Huiselijke relaties": (3, "Gesprekken met de maatschappelijk werker helpen.", None, None),
        "Opvoeding en ontwikkeling kinderen": (3, None, "Contributie voetbal nog niet geregeld.", None),
        "Geestelijke gezondheid": (3, None, "Vader blijft piekeren.", None)})],
   goals=[("huis", "Huisvesting", "Het gezin blijft in de woning wonen", "in_progress", "@today-8w", "@today+4m", None),
          ("schulden", "Financiën", "Er is rust in de financiën en het gezin zit in een schuldregeling", "in_progress", "@today-8w", "@today+6m", None),
          ("werk", "Werk en opleiding", "Vader heeft betaald werk of een traject naar werk", "open", "@today-1w", "@today+6m", None),
          ("sport", "Opvoeding en ontwikkeling kinderen", "De kinderen blijven sporten", "open", "@today-1w", "@today+1m", None)],
   actions=[("huis", "Betalingsregeling huurachterstand afspreken met Het Vaarthuis", "team_member", "ruud", "@today-7w", "done", "@today-7w", None),
            ("schulden", "Voedselbank aanmelden", "team_member", "ruud", "@today-8w", "done", "@today-8w", None),
            ("schulden", "Aanvraag bijzondere bijstand invullen bij de Formulierenbrigade", "household_member", "vader", "@today-5d", "open", None, "Nog niet gelukt: DigiD-code kwijt."),
            ("schulden", "Aanmelden bij Stadsbank Vaartland voor een schuldregeling", "team_member", "ruud", "@today+10d", "in_progress", None, None),
            ("werk", "Driegesprek met de klantmanager plannen", "contact", ("werkplein", 0), "@today-3d", "open", None, None),
            ("sport", "Aanvraag Meedoenfonds voor contributie van beide oudsten", "service", ("meedoenfonds", 0), "@today+2w", "open", None, None),
            ("schulden", "Kennismaking met een geldmaatje", "network_person", "geldmaatje", "@today+4w", "open", None, None)],
   evaluations=[("regular", "@today+4w", None, None, "ruud")],
   deviations=[("@today-3w", "Aanmelding bij de Stadsbank gedaan voordat het stabilisatie-overzicht compleet was.", "Dreigende ontruiming: de woningcorporatie wilde een lopende schuldregeling zien om de procedure te stoppen.", "ruud", "Besproken met de teamcoördinator en de Stadsbank.")],
   journal=[("@today-10w", "ruud", "Melding Het Vaarthuis: drie maanden huurachterstand. Vader direct gebeld, huisbezoek dezelfde week."),
            ("@today-8w", "ruud", "Alle post samen met ouders gesorteerd in drie stapels. Voedselbank aangemeld."),
            ("@today-3w", "anouk", "Casusoverleg: afwijking van de volgorde stabilisatie-aanmelding akkoord, reden vastgelegd."),
            ("@today-1w", "ruud", "Plan besproken met beide ouders; vader vindt werk het belangrijkst, moeder de rust in huis.")],
   statuses=[("aanmelding", "@today-10w", "ruud", "Vroegsignalering huurachterstand"), ("vraagverheldering", "@today-9w", "ruud", None), ("plan", "@today-1w", "ruud", None)])

hh(key="jansen", label="Huishouden Jansen (pseudoniem)", buurt="oude_dorp", status="uitvoering", regisseur="sanne",
   opened="@today-9m", next_eval="@today+2m", closed=None,
   notes="Alleenstaande man met een psychiatrische voorgeschiedenis, geïsoleerd, woning vervuild. Opgeschaald naar het FACT-team.",
   members=[("meneer", "Meneer J.", "main", 1971, None)],
   network=[("zus", "Zus", "zus", "wider", "weak", "e", "to_household", "Belt af en toe, woont in een andere provincie.", None),
            ("buurman", "Buurman Henk", "buurman", "close", "strong", "ps", "mutual", "Drinkt elke zaterdag koffie met meneer.", None),
            ("herstel", "Robin (ervaringsdeskundige)", "Herstelcafé", "wider", "weak", "es", "to_household", None, ("contact", "herstelcafe", 0)),
            ("schuldeiser", "Incassobureau", "schuldeiser", "wider", "stressful", "", "from_household", "Veel dreigbrieven.", None)],
   professionals=[("tm", "sanne", "Regisseur, maatschappelijk werker", "@today-9m", None),
                  ("contact", ("ggz", 0), "Sociaal-psychiatrisch verpleegkundige FACT", "@today-4m", None),
                  ("contact", ("ha_lindenhof", 1), "POH-GGZ", "@today-9m", "@today-4m"),
                  ("tm", "marloes", "Wmo-consulent (dagbesteding)", "@today-3w", None)],
   consents=[dict(member="meneer", info="Psychische gezondheid, medicatie en behandelplan", org="ggz", contact=0, purpose="Samenwerking FACT-team en wijkteam binnen één plan", given="@today-4m", until="@today+8m", form="written", by="sanne"),
             dict(member="meneer", info="Verloop van de begeleiding", org="ha_lindenhof", contact=0, purpose="Terugkoppeling aan de huisarts", given="@today-9m", until="@today+3m", form="written", by="sanne"),
             dict(member="meneer", info="Staat van de woning en planning van het opruimen", org="woonstichting", contact=0, purpose="Voorkomen van een procedure wegens vervuiling", given="@today-8m", until="@today-2m", form="verbal", by="sanne", notes="Verlopen; woning is inmiddels op orde.")],
   assessments=[("a1", "@today-8m", "sanne", "Na drie huisbezoeken.", {
        "Geestelijke gezondheid": (2, "Meneer laat de maatschappelijk werker binnen.", "Achterdochtig, slaapt overdag, stopte met medicatie.", None),
        "Middelengebruik": (2, None, "Drinkt dagelijks bier, vooral 's avonds.", None),
        "Huisvesting": (2, "Huurwoning, huur wordt betaald via bewindvoering.", "Woning ernstig vervuild.", None),
        "Sociaal netwerk": (1, "Buurman komt nog.", "Verder geen contacten.", None),
        "Tijdsbesteding": (1, None, "Geen dagstructuur.", None),
        "Financiën": (3, "Bewindvoerder betaalt vaste lasten.", None, None),
        "Basale ADL": (3, None, "Zelfzorg wisselend.", None)}),
        ("a2", "@today-4m", "sanne", "Na crisis: opschalen naar FACT.", {
        "Geestelijke gezondheid": (1, None, "Psychotisch, wijkagent meldde verward gedrag op straat.", None),
        "Middelengebruik": (2, None, "Meer drinken.", None),
        "Huisvesting": (2, None, "Klusproject gepland.", None),
        "Sociaal netwerk": (2, "Buurman trekt aan de bel.", None, "Buurman houdt een oogje in het zeil."),
        "Tijdsbesteding": (1, None, None, None),
        "Financiën": (2, None, "Incassobrieven van een oude telefoonrekening.", None),
        "Basale ADL": (2, None, "Eet onregelmatig.", None)}),
        ("a3", "@today-1m", "sanne", "Gezamenlijk met de SPV van het FACT-team.", {
        "Geestelijke gezondheid": (3, "Neemt medicatie weer in, FACT komt wekelijks.", "Angstig bij drukte.", None),
        "Middelengebruik": (3, "Drinkt minder, alleen in het weekend.", None, None),
        "Huisvesting": (3, "Woning opgeruimd en schoon.", None, "Houdt zelf de keuken bij."),
        "Sociaal netwerk": (2, "Is twee keer naar het Herstelcafé geweest.", "Contact met zus stroef.", None),
        "Tijdsbesteding": (2, "Wil graag iets met dieren doen.", None, None),
        "Financiën": (3, "Oude schuld geregeld door bewindvoerder.", None, None),
        "Basale ADL": (3, None, None, None)})],
   goals=[("psyche", "Geestelijke gezondheid", "Meneer is psychisch stabiel en blijft in behandeling", "in_progress", "@today-4m", "@today+6m", None),
          ("woning", "Huisvesting", "De woning is schoon en blijft schoon", "achieved", "@today-8m", "@today-3m", "@today-3m"),
          ("dag", "Tijdsbesteding", "Meneer heeft twee dagdelen per week een zinvolle bezigheid", "in_progress", "@today-1m", "@today+3m", None),
          ("alcohol", "Middelengebruik", "Meneer drinkt alleen nog in het weekend", "open", "@today-1m", "@today+3m", None)],
   actions=[("woning", "Klusproject: woning opruimen met vrijwilligers", "service", ("handen", 0), "@today-3m", "done", "@today-3m", None),
            ("psyche", "Verwijzing naar het FACT-team", "contact", ("ha_lindenhof", 0), "@today-4m", "done", "@today-4m", None),
            ("dag", "Proefdag op Zorgboerderij De Hoge Wei", "household_member", "meneer", "@today-10d", "open", None, "Meneer zag er tegenop; nieuwe datum afspreken, buurman wil meegaan."),
            ("dag", "Wmo-melding dagbesteding en onderzoek", "team_member", "marloes", "@today+2w", "in_progress", None, None),
            ("dag", "Wekelijks samen naar het Herstelcafé", "network_person", "buurman", None, "in_progress", None, None),
            ("alcohol", "Gesprek over drinken in het FACT-contact", "contact", ("ggz", 0), "@today+3w", "open", None, None)],
   evaluations=[("opschalen", None, "@today-4m", "Na crisis opgeschaald naar het FACT-team; wijkteam blijft regisseur voor wonen, geld en dagbesteding.", "sanne"),
                ("regular", "@today-1m", "@today-1m", "Woning op orde, psychisch stabieler. Nieuw doel dagbesteding; alcohol bespreekbaar gemaakt.", "sanne"),
                ("regular", "@today+2m", None, None, "sanne")],
   deviations=[("@today-4m", "Huisbezoek zonder afspraak, terwijl was afgesproken eerst te bellen.", "Wijkagent meldde verward gedrag op straat; zorg om de veiligheid van meneer en omwonenden.", "sanne", "Met meneer nabesproken; hij begreep het.")],
   journal=[("@today-9m", "sanne", "Melding via Meldpunt Zorg en Overlast (buren: stank, post stapelt zich op). Meneer deed na twee keer aanbellen open."),
            ("@today-4m", "sanne", "Rik (wijkagent) belde: meneer stond verward op straat. Samen met huisarts opgeschaald; FACT neemt behandeling over."),
            ("@today-3m", "sanne", "Klusdag met tien vrijwilligers. Meneer hielp zelf mee en was trots op het resultaat."),
            ("@today-1m", "sanne", "Evaluatie met Jos (FACT): goede lijn. Meneer wil 'iets met dieren'.")],
   statuses=[("aanmelding", "@today-9m", "sanne", "Meldpunt Zorg en Overlast"), ("vraagverheldering", "@today-9m", "sanne", None), ("plan", "@today-8m", "sanne", None), ("uitvoering", "@today-7m", "sanne", None)])

hh(key="m", label="Gezin M.", buurt="lindenhof", status="uitvoering", regisseur="youssef",
   opened="@today-6m", next_eval="@today+1w", closed=None,
   notes="Moeder heeft een licht verstandelijke beperking. Oudste zoon verzuimt veel. Vader heeft de toestemming voor contact met school ingetrokken.",
   members=[("moeder", "Moeder M.", "main", 1987, "LVB"), ("vader", "Vader M.", "partner", 1983, None), ("zoon", "Zoon M.", "child", 2009, "Vmbo, Marendal College"), ("dochter", "Dochter M.", "child", 2016, None)],
   network=[("oma", "Oma (moederskant)", "oma", "close", "strong", "ep", "to_household", None, None),
            ("gezinsmaatje", "Gezinsmaatje Wilma", "vrijwilliger Gezinsmaatjes", "wider", "strong", "pi", "to_household", None, ("org", "gezinsmaatjes")),
            ("club", "Voetbalclub SV Vaartkwartier", "club van dochter", "wider", "weak", "s", "mutual", None, ("org", "sv_vaart")),
            ("vrienden", "Vrienden van zoon", "vrienden", "close", "stressful", "s", "mutual", "Spijbelen samen.", None)],
   professionals=[("tm", "youssef", "Regisseur, MEE-consulent", "@today-6m", None),
                  ("tm", "daan", "Jeugd- en gezinscoach", "@today-5m", None),
                  ("contact", ("leerplicht", 0), "Leerplichtambtenaar", "@today-5m", None),
                  ("contact", ("marendal_college", 0), "Zorgcoördinator school", "@today-5m", None)],
   consents=[dict(member="moeder", info="Verzuim, schoolresultaten en gezinssituatie", org="marendal_college", contact=0, purpose="Afstemming over de terugkeer van zoon naar school", given="@today-5m", until="@today+7m", form="written", by="youssef"),
             dict(member="vader", info="Verzuim, schoolresultaten en gezinssituatie", org="marendal_college", contact=0, purpose="Afstemming over de terugkeer van zoon naar school", given="@today-5m", until="@today+7m", withdrawn="@today-3w", form="written", by="youssef", notes="Vader trok de toestemming in na een conflict met de mentor."),
             dict(member="moeder", info="Verzuimgegevens en afspraken", org="leerplicht", contact=0, purpose="Verzuimbegeleiding", given="@today-5m", until="@today+7m", form="written", by="youssef"),
             dict(member="moeder", info="Gezinssituatie en hulpvraag", org="gezinsmaatjes", contact=0, purpose="Koppeling aan een gezinsmaatje", given="@today-4m", until="@today+8m", form="written", by="daan")],
   assessments=[("a1", "@today-5m", "youssef", "Met moeder, in eenvoudige taal en met pictogrammen.", {
        "Opvoeding en ontwikkeling kinderen": (2, "Ouders houden veel van hun kinderen.", "Zoon gaat 's ochtends niet naar school; weinig regels.", "Oma helpt met de jongste."),
        "Werk en opleiding": (2, None, "Zoon heeft 80 uur ongeoorloofd verzuim.", None),
        "Financiën": (2, "Vader heeft een vaste baan.", "Rekeningen blijven liggen; moeder begrijpt brieven niet.", None),
        "Huiselijke relaties": (2, None, "Ouders zijn het oneens over de aanpak van zoon.", None),
        "Instrumentele ADL": (2, None, "Geen planning in huis.", None),
        "Veiligheid": (3, "Geen signalen van geweld.", "Zoon komt laat thuis.", None)}),
        ("a2", "@today-6w", "youssef", "Tussenevaluatie met beide ouders.", {
        "Opvoeding en ontwikkeling kinderen": (3, "Vaste tijden voor eten en bed.", "Zoon nog wisselend gemotiveerd.", "Moeder gebruikt de weekplanner."),
        "Werk en opleiding": (3, "Zoon gaat vier ochtenden per week naar school.", None, None),
        "Financiën": (3, "Vaste lasten gaan automatisch.", None, "Vader doet de administratie."),
        "Huiselijke relaties": (2, None, "Spanning tussen vader en school.", None),
        "Instrumentele ADL": (3, "Weekplanner hangt op de koelkast.", None, None),
        "Veiligheid": (4, None, None, None)})],
   goals=[("school", "Werk en opleiding", "Zoon gaat weer elke dag naar school", "in_progress", "@today-5m", "@today+1m", None),
          ("planning", "Instrumentele ADL", "Het gezin werkt met een vaste weekplanning", "achieved", "@today-5m", "@today-2m", "@today-2m"),
          ("lasten", "Financiën", "Vaste lasten worden automatisch betaald", "achieved", "@today-5m", "@today-3m", "@today-3m"),
          ("samen", "Huiselijke relaties", "Ouders maken samen afspraken over de opvoeding", "in_progress", "@today-6w", "@today+2m", None)],
   actions=[("planning", "Weekplanner met pictogrammen maken met moeder", "team_member", "youssef", "@today-4m", "done", "@today-4m", None),
            ("school", "Verzuimgesprek met zoon en ouders", "contact", ("leerplicht", 0), "@today-4m", "done", "@today-4m", None),
            ("samen", "Gezinsmaatje aanvragen", "team_member", "daan", "@today-4m", "done", "@today-15w", None),
            ("school", "Gesprek over een aangepast rooster", "contact", ("marendal_college", 0), "@today-1w", "open", None, "Alleen met moeder, vanwege ingetrokken toestemming vader."),
            ("school", "Huiswerkbegeleiding door een vrijwilliger", "service", ("vrijwilligers", 0), "@today+3w", "open", None, None),
            ("samen", "Oudergesprekken over één lijn in de opvoeding", "team_member", "daan", "@today+2w", "in_progress", None, None)],
   evaluations=[("regular", "@today-6w", "@today-6w", "Planning en financiën op orde. School blijft zorg; spanning tussen vader en school.", "youssef"),
                ("regular", "@today+1w", None, None, "youssef")],
   deviations=[("@today-2w", "Zoon in het zorg- en adviesteam van school besproken zonder naam.", "Vader heeft de toestemming voor het delen van informatie met school ingetrokken; moeder wil wel dat het wijkteam meedenkt.", "youssef", "Alleen algemene vragen gesteld; geen gegevens gedeeld.")],
   journal=[("@today-6m", "youssef", "Aanmelding via de leerplichtambtenaar. Moeder vroeg om iemand 'die het rustig uitlegt'."),
            ("@today-3w", "youssef", "Vader belde boos na een gesprek met de mentor en trok de toestemming voor school in. Vastgelegd; school geïnformeerd dat we niets meer delen."),
            ("@today-1w", "daan", "Oudergesprek: beide ouders willen dat zoon zijn diploma haalt. Dat is de gedeelde basis.")],
   statuses=[("aanmelding", "@today-6m", "youssef", "Via leerplicht"), ("vraagverheldering", "@today-6m", "youssef", None), ("plan", "@today-5m", "youssef", None), ("uitvoering", "@today-5m", "youssef", None)])

hh(key="dewit", label="Huishouden De Wit (pseudoniem)", buurt="vaartkwartier", status="evaluatie", regisseur="daan",
   opened="@today-8m", next_eval="@today+3w", closed=None,
   notes="Jonge moeder (22) met een peuter, uitgestroomd uit begeleid wonen. Plan bijna afgerond; afschalen wordt voorbereid.",
   members=[("moeder", "Jonge moeder D.", "main", 2002, None), ("kind", "Kind D.", "child", 2023, None)],
   network=[("vriendin", "Vriendin Sophie", "beste vriendin", "close", "strong", "eps", "mutual", None, None),
            ("eigenmoeder", "Eigen moeder", "moeder", "close", "stressful", "p", "mutual", "Helpt soms met oppassen, maar veel ruzie.", None),
            ("ex", "Vader van het kind", "ex-partner", "wider", "stressful", "", "from_household", "Omgangsregeling niet nagekomen.", None),
            ("jgz", "Annemiek Roos", "jeugdverpleegkundige", "professional", "strong", "i", "to_household", None, ("contact", "jgz", 0))],
   professionals=[("tm", "daan", "Regisseur, jeugd- en gezinscoach", "@today-8m", None),
                  ("contact", ("onderdak", 0), "Trajectbegeleider begeleid wonen", "@today-8m", "@today-3m"),
                  ("contact", ("jgz", 0), "Jeugdverpleegkundige", "@today-8m", None),
                  ("contact", ("werkplein", 1), "Activeringscoach", "@today-5m", None)],
   consents=[dict(member="moeder", info="Begeleidingsverslag en woonvaardigheden", org="onderdak", contact=0, purpose="Warme overdracht van begeleid wonen naar het wijkteam", given="@today-8m", until="@today-2m", form="written", by="daan", notes="Verlopen na afronding van begeleid wonen."),
             dict(member="moeder", info="Onderbouwing urgente woonvraag", org="woonstichting", contact=0, purpose="Urgentieaanvraag", given="@today-7m", until="@today+5m", form="written", by="daan"),
             dict(member="moeder", info="Ontwikkeling van het kind", org="jgz", contact=0, purpose="Afstemming over de ontwikkeling en opvoedvragen", given="@today-8m", until="@today+4m", form="digital", by="daan")],
   assessments=[("a1", "@today-7m", "daan", None, {
        "Huisvesting": (2, "Kamer bij begeleid wonen.", "Moet binnen een halfjaar uitstromen.", None),
        "Financiën": (2, "Heeft een budgetplan.", "Kleine schuld bij telefoonaanbieder.", None),
        "Werk en opleiding": (1, "Wil de mbo-opleiding afmaken.", "Gestopt met school door de zwangerschap.", None),
        "Opvoeding en ontwikkeling kinderen": (3, "Liefdevolle moeder.", "Weinig rust en ritme.", None),
        "Sociaal netwerk": (2, "Een goede vriendin.", "Conflict met eigen moeder.", None),
        "Geestelijke gezondheid": (3, None, "Voelt zich vaak alleen.", None)}),
        ("a2", "@today-3m", "daan", "Na de verhuizing.", {
        "Huisvesting": (3, "Eigen huurwoning via urgentie.", "Woning nog leeg.", None),
        "Financiën": (3, "Schuld afbetaald.", None, "Houdt een kasboek bij in een app."),
        "Werk en opleiding": (2, "Ingeschreven voor mbo (deeltijd).", None, None),
        "Opvoeding en ontwikkeling kinderen": (4, "Vast ritme.", None, None),
        "Sociaal netwerk": (3, "Kent twee moeders uit de straat.", None, None),
        "Geestelijke gezondheid": (3, None, None, None)}),
        ("a3", "@today-2w", "daan", "Eindevaluatie voorbereid.", {
        "Huisvesting": (4, "Woning ingericht met hulp van de kledingbank en vrienden.", None, None),
        "Financiën": (3, None, "Kinderopvangtoeslag nog spannend.", None),
        "Werk en opleiding": (3, "Volgt de opleiding, kind naar de peuteropvang.", None, None),
        "Opvoeding en ontwikkeling kinderen": (4, None, None, None),
        "Sociaal netwerk": (3, None, None, None),
        "Geestelijke gezondheid": (4, "Voelt zich sterker.", None, None)})],
   goals=[("woning", "Huisvesting", "Eigen woonruimte voor moeder en kind", "achieved", "@today-7m", "@today-3m", "@today-4m"),
          ("opleiding", "Werk en opleiding", "Moeder maakt haar mbo-opleiding af", "in_progress", "@today-7m", "@today+1y", None),
          ("geld", "Financiën", "Geen nieuwe schulden en een sluitend budget", "achieved", "@today-7m", "@today-2m", "@today-1m")],
   actions=[("woning", "Urgentieaanvraag indienen bij Het Vaarthuis", "team_member", "daan", "@today-7m", "done", "@today-7m", None),
            ("woning", "Verhuizing regelen met vrienden", "network_person", "vriendin", "@today-4m", "done", "@today-4m", None),
            ("opleiding", "Inschrijven bij de peuteropvang De Kikkerhoek", "household_member", "moeder", "@today-3m", "done", "@today-3m", None),
            ("geld", "Aanmelden bij Geldmaatjes voor na het afschalen", "service", ("geldmaatjes", 0), "@today+1w", "open", None, None)],
   evaluations=[("regular", "@today-3m", "@today-3m", "Woning gelukt, schuld afgelost.", "daan"),
                ("regular", "@today-1w", "@today-1w", "Doelen grotendeels bereikt; moeder wil afschalen. Geldmaatje als vangnet.", "daan"),
                ("afschalen", "@today+3w", None, None, "daan")],
   deviations=[],
   journal=[("@today-8m", "daan", "Warme overdracht met Gijs (Onderdak) bij moeder thuis."),
            ("@today-4m", "daan", "Verhuisd! Moeder appte een foto van de lege woonkamer."),
            ("@today-1w", "daan", "Evaluatie: moeder wil 'het zelf doen'. Afschalen over drie weken, met geldmaatje en JGZ als vangnet.")],
   statuses=[("aanmelding", "@today-8m", "daan", "Uitstroom begeleid wonen"), ("vraagverheldering", "@today-8m", "daan", None), ("plan", "@today-7m", "daan", None), ("uitvoering", "@today-7m", "daan", None), ("evaluatie", "@today-1w", "daan", None)])

hh(key="smit", label="Huishouden Smit (pseudoniem)", buurt="oude_dorp", status="afgesloten", regisseur="marloes",
   opened="@today-10m", next_eval=None, closed="@today-2m",
   notes="Weduwe, 83 jaar. Na een val huishoudelijke hulp via de Wmo geregeld; afgesloten na afschalen.",
   members=[("mevrouw", "Mevrouw S.", "main", 1942, None)],
   network=[("zoon", "Zoon Peter", "zoon", "close", "strong", "epi", "to_household", None, None),
            ("buren", "Buren", "buren", "close", "strong", "p", "mutual", None, None),
            ("senioren", "Ouderenadviseur", "Seniorenvereniging", "wider", "weak", "i", "to_household", None, ("contact", "seniorenvereniging", 0))],
   professionals=[("tm", "marloes", "Regisseur, Wmo-consulent", "@today-10m", "@today-2m"),
                  ("tm", "ilse", "Wijkverpleegkundige (wondzorg na val)", "@today-10m", "@today-7m")],
   consents=[dict(member="mevrouw", info="Medische gegevens na de val", org="ha_lindenhof", contact=0, purpose="Afstemming wondzorg en valpreventie", given="@today-10m", until="@today-1m", form="written", by="marloes", notes="Verlopen na afsluiten.")],
   assessments=[("a1", "@today-9m", "marloes", None, {
        "Basale ADL": (3, None, "Douchen lukt niet alleen na de val.", None),
        "Instrumentele ADL": (2, None, "Huishouden lukt niet meer.", "Zoon doet boodschappen."),
        "Lichamelijke gezondheid": (2, None, "Pols gebroken, valangst.", None),
        "Sociaal netwerk": (4, "Zoon en buren zijn betrokken.", None, None)}),
        ("a2", "@today-3m", "marloes", "Voor het afschalen.", {
        "Basale ADL": (4, "Douchen lukt met beugels.", None, None),
        "Instrumentele ADL": (4, "Huishoudelijke hulp komt wekelijks.", None, None),
        "Lichamelijke gezondheid": (4, "Volgt valpreventie.", None, None),
        "Sociaal netwerk": (4, None, None, None)})],
   goals=[("huishouden", "Instrumentele ADL", "Het huishouden is op orde", "achieved", "@today-9m", "@today-6m", "@today-7m"),
          ("vallen", "Lichamelijke gezondheid", "Mevrouw durft weer buiten te lopen", "achieved", "@today-9m", "@today-3m", "@today-3m")],
   actions=[("huishouden", "Beschikking huishoudelijke hulp", "team_member", "marloes", "@today-8m", "done", "@today-8m", None),
            ("vallen", "Aanmelden voor valpreventie In Balans", "service", ("fysio", 0), "@today-7m", "done", "@today-7m", None),
            ("vallen", "Beugels in de badkamer plaatsen", "network_person", "zoon", "@today-8m", "done", "@today-8m", None)],
   evaluations=[("afschalen", "@today-2m", "@today-2m", "Doelen bereikt; mevrouw redt zich met huishoudelijke hulp en haar netwerk. Dossier gesloten.", "marloes")],
   deviations=[],
   journal=[("@today-10m", "marloes", "Melding via het ziekenhuis na een val."),
            ("@today-2m", "marloes", "Afsluitend gesprek. Mevrouw weet de ouderenadviseur te vinden als er iets verandert.")],
   statuses=[("aanmelding", "@today-10m", "marloes", None), ("vraagverheldering", "@today-10m", "marloes", None), ("plan", "@today-9m", "marloes", None),
             ("uitvoering", "@today-9m", "marloes", None), ("evaluatie", "@today-3m", "marloes", None), ("afgesloten", "@today-2m", "marloes", "Afgeschaald")])

# ---------------------------------------------------------------------------
# Emission: map the content above onto schema v1 (src/store/kring-migration-001.c)
# ---------------------------------------------------------------------------
NAMESPACE = uuid.UUID("6f1c7e0a-4b52-4b4b-9d1e-6b7269e6b61a")
TABLE_ORDER = [
    "neighbourhoods", "neighbourhood_figures", "glossary_terms",
    "taxonomies", "taxonomy_terms",
    "organizations", "services", "locations", "addresses", "accessibilities",
    "service_at_locations", "contacts", "phones", "schedules", "service_areas",
    "languages", "cost_options", "required_documents", "fundings", "attributes",
    "teams", "team_members", "ring_placements", "relationships",
    "households", "household_status_changes", "household_members", "network_persons",
    "household_professionals", "consents", "assessments", "assessment_scores",
    "goals", "actions", "evaluations", "deviations", "journal_notes",
]
TABLES = {t: [] for t in TABLE_ORDER}


def uid(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def row(table, key, **cols):
    r = {"id": uid(table, key)}
    # Absent and NULL are the same for a new database; leaving NULLs out keeps the file short.
    r.update((c, v) for c, v in cols.items() if v is not None)
    TABLES[table].append(r)
    return r["id"]


def slug(text):
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "", t)


def fake_phone(key):
    """A clearly fictional number: area code 0123 is not in use in the Netherlands."""
    n = int(hashlib.sha256(key.encode()).hexdigest(), 16) % 900000 + 100000
    s = str(n)
    return "0123-%s %s %s" % (s[:2], s[2:4], s[4:])


DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
DUTCH_DAYS = {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6}
HOURS_PRESETS = {
    "werkdagen": [("ma-vr", "09:00", "17:00", None)],
    "ochtend": [("ma-vr", "08:30", "12:30", None)],
    "huisarts": [("ma-vr", "08:00", "17:00", "Spoed buiten kantoortijd: huisartsenpost")],
    "school": [("ma,di,do,vr", "08:15", "15:00", None), ("wo", "08:15", "12:30", None)],
    "wijkteam": [("ma-vr", "08:30", "17:00", None), ("di,do", "09:00", "11:00", "Inloopspreekuur zonder afspraak")],
    "24/7": [("ma-zo", "00:00", "23:59", "Dag en nacht bereikbaar")],
}


def byday(spec):
    out = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            out.extend(DAYS[DUTCH_DAYS[a]:DUTCH_DAYS[b] + 1])
        else:
            out.append(DAYS[DUTCH_DAYS[part]])
    return ",".join(out)


DAY_NAMES = {"ma": "maandag", "di": "dinsdag", "wo": "woensdag", "do": "donderdag", "vr": "vrijdag",
             "za": "zaterdag", "zo": "zondag"}


def describe_hours(days, opens, closes):
    if days == "ma-zo" and opens == "00:00":
        return "Dag en nacht, zeven dagen per week"
    parts = []
    for part in days.split(","):
        if "-" in part:
            a, b = part.split("-")
            parts.append("%s t/m %s" % (DAY_NAMES[a], DAY_NAMES[b]))
        else:
            parts.append(DAY_NAMES[part])
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]
    return "%s%s %s-%s uur" % (text[0].upper(), text[1:], opens.replace(":", "."), closes.replace(":", "."))


FREQ = {"wekelijks": "weekly", "tweewekelijks": "weekly", "maandelijks": "monthly",
        "af en toe": "quarterly", "zelden": "incidental", "jaarlijks": "yearly", "nooit": "none"}


def verified(key, ring):
    """Freshness: most records checked in the last months, a few stale."""
    h = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    months = [1, 2, 3, 4, 5, 6, 8, 10, 14, 19][h % 10]
    return "@today-%dm" % months, MEMBER_NAMES[["anouk", "sanne", "fatma", "ruud"][h % 4]]


MEMBER_NAMES = {m[0]: m[1] for m in MEMBERS + ZUID_MEMBERS}


def relationship(key, team_id, org_key, r, contact_ids):
    row("relationships", key, team_id=team_id, organization_id=uid("organizations", org_key),
        has_agreement=r["agreement"],
        agreement_summary=(r["note"] or r["route"]) if r["agreement"] else None,
        agreement_on=AGREEMENT_ON.get(org_key, "@today-2y") if r["agreement"] else None,
        fixed_contact_id=contact_ids[(org_key, r["contact"])] if r["contact"] is not None else None,
        knows_personally=r["know"], trust=r["trust"], contact_frequency=FREQ[r["freq"]],
        last_contact_on=r["last"], referral_route=r["route"], reports_back=r["back"],
        notes=None if r["agreement"] else r["note"])


COUNT_INDICATORS = ("AantalInwoners", "HuishoudensTotaal", "k_65JaarOfOuder")
HOUSEHOLD_SHARES = ("PercentageEenpersoonshuishoudens", "HuishOnderOfRondSociaalMinimum")


def wijk_value(figures, year, indicators, i):
    """The wijk's figure from its buurten: a sum for counts, else the mean weighted by households
    (household shares) or inhabitants; None when a buurt has none, as CBS would not publish it."""
    ind = indicators[i][0]
    names = [name for name, _ in indicators]
    values = [figures[b][year][i] for b in figures]
    if any(v is None for v in values):
        return None
    if ind in COUNT_INDICATORS:
        return sum(values)
    weight = names.index("HuishoudensTotaal" if ind in HOUSEHOLD_SHARES else "AantalInwoners")
    weights = [figures[b][year][weight] for b in figures]
    mean = sum(v * w for v, w in zip(values, weights)) / sum(weights)
    return round(mean, 1) if ind != "WmoClientenRelatief" else round(mean)


def add_members(team_id, members):
    for i, (k, name, disc, home, role, expertise, hours) in enumerate(members):
        first, *rest = name.split(" ")
        row("team_members", k, team_id=team_id, name=name, discipline=disc,
            home_organization_id=uid("organizations", home), role=role, expertise=expertise,
            hours_per_week=float(hours), phone=fake_phone("tm" + k),
            email="%s.%s@wijkteamsmarendal.example" % (slug(first), slug("".join(rest))), active=True,
            sort_order=i + 1)


def build_zuid(term, contact_ids):
    """Wijkteam Zuid: its own members, placements and relationships; the organisations it has
    not placed are its sociale kaart. Keys carry "zuid" so Noord's ids stay as they were."""
    names = ZUID["ring_names"]
    team_id = row("teams", "zuid", name=ZUID["name"], municipality="gemeente " + MUNICIPALITY,
                  description=ZUID["description"], ring0_name=names[0], ring1_name=names[1],
                  ring2_name=names[2], ring3_name=names[3], sector_mode=ZUID["sector_mode"],
                  stale_after_months=12, retention_months=24)
    add_members(team_id, ZUID_MEMBERS)
    order = {}
    for k, ring, r in ZUID_PLACEMENTS:
        o = next(o for o in ORGS if o["key"] == k)
        order[ring] = order.get(ring, 0) + 1
        row("ring_placements", ("zuid", k), team_id=team_id, organization_id=uid("organizations", k),
            ring=ring, sector_term_id=term[("sector", slug(o["sector"]))], order_hint=order[ring],
            pinned=False, note=None)
        if r:
            relationship(("zuid", k), team_id, k, rel(*r), contact_ids)


def build():
    # --- neighbourhoods and figures
    for key, code, name, kind, parent in NEIGHBOURHOODS:
        row("neighbourhoods", key, code=code, name=name, kind=kind,
            parent_id=uid("neighbourhoods", parent) if parent else None)
    for buurt, years in FIGURES.items():
        for year, values in years.items():
            for (ind, note), value in zip(INDICATORS, values):
                row("neighbourhood_figures", (buurt, year, ind), neighbourhood_id=uid("neighbourhoods", buurt),
                    year=year, indicator=ind, value=value, source=FIGURE_SOURCE, note=note)
    # The wijk's own row, as CBS publishes one for every wijk: counts add
    # up, shares and rates are the buurten's weighted mean.
    for year in (2023, 2024):
        for i, (ind, note) in enumerate(INDICATORS):
            row("neighbourhood_figures", ("wijk", year, ind), neighbourhood_id=uid("neighbourhoods", "wijk"),
                year=year, indicator=ind, value=wijk_value(FIGURES, year, INDICATORS, i),
                source=FIGURE_SOURCE, note=note)

    notes = dict(INDICATORS)
    for buurt, years in EARLIER_FIGURES.items():
        for year, values in years.items():
            for ind, value in zip(EARLIER_INDICATORS, values):
                row("neighbourhood_figures", (buurt, year, ind), neighbourhood_id=uid("neighbourhoods", buurt),
                    year=year, indicator=ind, value=value, source=FIGURE_SOURCE, note=notes[ind])
    earlier = [(ind, notes[ind]) for ind in EARLIER_INDICATORS]
    for year in (2021, 2022):
        for i, ind in enumerate(EARLIER_INDICATORS):
            row("neighbourhood_figures", ("wijk", year, ind), neighbourhood_id=uid("neighbourhoods", "wijk"),
                year=year, indicator=ind, value=wijk_value(EARLIER_FIGURES, year, earlier, i),
                source=FIGURE_SOURCE, note=notes[ind])

    # --- glossary
    for term, definition, see_also, source in GLOSSARY:
        row("glossary_terms", term, term=term, definition=definition, see_also=see_also, source=source)

    # --- taxonomies
    tax = {}
    def taxonomy(kind, name, desc):
        tax[kind] = row("taxonomies", kind, name=name, description=desc, version="1", kind=kind)
    taxonomy("life_domain", "Levensdomeinen", "De leefgebieden waarop het wijkteam de situatie van een huishouden bekijkt.")
    taxonomy("sector", "Sectoren", "Sectoren rond het wijkteam.")
    taxonomy("lijn", "Lijn", "Nulde, eerste of tweede lijn.")
    taxonomy("toegang", "Toegang", "Hoe een bewoner toegang krijgt tot een dienst.")
    taxonomy("target_group", "Doelgroepen", "Voor wie een dienst bedoeld is.")
    term = {}
    def add_term(kind, code, name, desc=None, order=None):
        term[(kind, code)] = row("taxonomy_terms", (kind, code), code=code, name=name, description=desc,
                                 taxonomy=kind, taxonomy_id=tax[kind], language="nl", sort_order=order)
    for i, d in enumerate(LIFE_DOMAINS):
        add_term("life_domain", slug(d), d, None, i + 1)
    for i, s in enumerate(SECTORS):
        add_term("sector", slug(s), s[0].upper() + s[1:], None, i + 1)
    for i, (code, name, desc) in enumerate(LIJN):
        add_term("lijn", code, name, desc, i)
    for i, (code, name, desc) in enumerate(TOEGANG):
        add_term("toegang", code, name, desc, i + 1)
    for i, (code, name) in enumerate(TARGET_GROUPS.items()):
        add_term("target_group", slug(code), name, None, i + 1)
    domain_id = lambda d: term[("life_domain", slug(d))]

    def attribute(link_table, link_id, kind, code, value=None):
        tid = term[(kind, code)]
        row("attributes", (link_id, tid), link_id=link_id, taxonomy_term_id=tid, link_type=kind,
            link_entity=link_table, value=value)

    # --- directory
    contact_ids = {}
    service_ids = {}
    for o in ORGS:
        k = o["key"]
        dom = slug(o["name"].split("–")[0])[:24]
        vo, vb = verified("org" + k, o["ring"])
        oid = row("organizations", k, name=o["name"], alternate_name=o["alt"], description=o["desc"],
                  email="info@%s.example" % dom, website="https://www.%s.example" % dom,
                  legal_status=o["legal"], year_incorporated=o["year"],
                  parent_organization_id=uid("organizations", o["parent"]) if o["parent"] else None,
                  verified_on=vo, verified_by=vb)
        attribute("organization", oid, "sector", slug(o["sector"]))
        row("phones", ("org", k), organization_id=oid, number=fake_phone("org" + k), type="voice",
            description="Algemeen nummer")
        l = o["location"]
        postal = l["street"].startswith("Postbus")
        lid = row("locations", k, location_type="postal" if postal else "physical", organization_id=oid,
                  name=l["name"], description=l["desc"],
                  neighbourhood_id=uid("neighbourhoods", l["buurt"]) if l["buurt"] else None,
                  verified_on=vo, verified_by=vb)
        row("addresses", k, location_id=lid, address_1=l["street"], city=MUNICIPALITY, postal_code=l["postcode"],
            country="NL", address_type="postal" if postal else "physical")
        if not postal and k in ACCESSIBLE:
            row("accessibilities", k, location_id=lid, description=ACCESSIBLE[k])
        hours = HOURS_PRESETS[l["hours"]] if isinstance(l["hours"], str) else l["hours"]
        if not postal or o["key"] in ("meedoenfonds", "veilig_thuis"):
            for i, (days, opens, closes, note) in enumerate(hours):
                row("schedules", (k, i), location_id=lid, freq="WEEKLY", interval=1, wkst="MO",
                    byday=byday(days), opens_at=opens + ":00", closes_at=closes + ":00",
                    description=describe_hours(days, opens, closes), notes=note)
        for i, (cname, title) in enumerate(o["contacts"]):
            person = not cname[0].islower() and title not in ("Algemeen nummer",) and cname not in (
                "Wmo-loket", "Frontoffice Wijkteam Noord", "Consulent advies", "Klantenservice zakelijk", "Zorgbemiddelaar")
            email = ("%s@%s.example" % (".".join(slug(w) for w in cname.split(" ")), dom)) if person else "info@%s.example" % dom
            cvo, cvb = verified("contact%s%d" % (k, i), o["ring"])
            cid = row("contacts", (k, i), organization_id=oid, name=cname, title=title, email=email,
                      verified_on=cvo, verified_by=cvb)
            contact_ids[(k, i)] = cid
            if person:
                row("phones", ("contact", k, i), contact_id=cid, number=fake_phone("contact%s%d" % (k, i)),
                    type="cell" if i % 2 == 0 else "voice", description="Direct nummer")
        for si, s in enumerate(o["services"]):
            svo, svb = verified("svc%s%d" % (k, si), o["ring"])
            sid = row("services", (k, si), organization_id=oid, name=s["name"], description=s["desc"],
                      email="info@%s.example" % dom, status="active",
                      application_process=s["apply"], fees_description=s["costs"], wait_time=s["wait"],
                      eligibility_description=s["elig"], minimum_age=AGES.get((k, si), (None, None))[0],
                      maximum_age=AGES.get((k, si), (None, None))[1], alert=ALERTS.get((k, si)),
                      verified_on=svo, verified_by=svb)
            service_ids[(k, si)] = sid
            row("service_at_locations", (k, si), service_id=sid, location_id=lid)
            attribute("service", sid, "lijn", s["lijn"])
            attribute("service", sid, "toegang", s["toegang"])
            for d in s["domains"]:
                attribute("service", sid, "life_domain", slug(d))
            for g in s["groups"]:
                attribute("service", sid, "target_group", slug(g))
            for a in s["areas"]:
                nb = {"GM9999": "gemeente", "WK999901": "wijk"}.get(a)
                region = o["ring"] == 2
                row("service_areas", (k, si, a), service_id=sid,
                    name="Regio Vaartland" if region else ("Marendal" if nb == "gemeente" else "Marendal-Noord"),
                    extent_type=None, neighbourhood_id=None if region else uid("neighbourhoods", nb))
            for code in s["langs"]:
                row("languages", (k, si, code), service_id=sid, name=LANGS[code], code=code)
            if s["fees"]:
                m = re.search(r"(\d+(?:,\d+)?) euro", s["fees"])
                row("cost_options", (k, si), service_id=sid, option=s["fees"], currency="EUR",
                    amount=float(m.group(1).replace(",", ".")) if m else None, amount_description=s["fees"])
            for di, doc in enumerate(REQUIRED_DOCS.get((k, si), [])):
                row("required_documents", (k, si, di), service_id=sid, document=doc)
        if k in FUNDING:
            row("fundings", k, organization_id=oid, source=FUNDING[k])

    # --- team
    team_id = row("teams", "noord", name=TEAM["name"], municipality="gemeente " + MUNICIPALITY,
                  description=TEAM["description"], neighbourhood_id=uid("neighbourhoods", "wijk"),
                  sector_mode="life_domain", stale_after_months=12, retention_months=24)
    add_members(team_id, MEMBERS)
    tm = lambda k: uid("team_members", k)
    order = {}
    for o in ORGS:
        k = o["key"]
        ring = 3 if k in NOORD_SOCIALE_KAART else o["ring"]
        order[ring] = order.get(ring, 0) + 1
        row("ring_placements", k, team_id=team_id, organization_id=uid("organizations", k), ring=ring,
            sector_term_id=term[("sector", slug(o["sector"]))], order_hint=order[ring], pinned=False,
            note=None)
        if o["rel"]:
            relationship(k, team_id, k, o["rel"], contact_ids)
    build_zuid(term, contact_ids)

    # --- households
    for h in HOUSEHOLDS:
        hk = h["key"]
        hid = row("households", hk, team_id=team_id, label=h["label"],
                  neighbourhood_id=uid("neighbourhoods", h["buurt"]), status=h["status"],
                  regisseur_id=tm(h["regisseur"]), opened_on=h["opened"], next_evaluation_on=h["next_eval"],
                  closed_on=h["closed"], notes=h["notes"])
        for i, (status, date, by, note) in enumerate(h["statuses"]):
            row("household_status_changes", (hk, i), household_id=hid, status=status, changed_on=date,
                changed_by_id=tm(by), note=note)
        mem = {}
        for mk, name, role, by, notes in h["members"]:
            mem[mk] = row("household_members", (hk, mk), household_id=hid, name=name, role=role,
                          birth_year=by, notes=notes)
        net = {}
        for nk, name, relation, ring, tie, sup, direction, notes, link in h["network"]:
            cols = dict(household_id=hid, name=name, relation=relation, ring=ring, tie=tie,
                        support_emotional="e" in sup, support_practical="p" in sup,
                        support_informational="i" in sup, support_social="s" in sup,
                        direction=direction, notes=notes, contact_id=None, organization_id=None)
            if link and link[0] == "contact":
                cols["contact_id"] = contact_ids[(link[1], link[2])]
                cols["organization_id"] = uid("organizations", link[1])
            elif link and link[0] == "org":
                cols["organization_id"] = uid("organizations", link[1])
            net[nk] = row("network_persons", (hk, nk), **cols)
        for i, (kind, ref, role, started, ended) in enumerate(h["professionals"]):
            cols = dict(household_id=hid, role=role, started_on=started, ended_on=ended)
            if kind == "tm":
                cols.update(team_member_id=tm(ref), name=MEMBER_NAMES[ref])
            else:
                org_key, ci = ref
                cols.update(contact_id=contact_ids[ref], organization_id=uid("organizations", org_key),
                            name=next(o for o in ORGS if o["key"] == org_key)["contacts"][ci][0])
            row("household_professionals", (hk, i), **cols)
        for i, c in enumerate(h["consents"]):
            org_key = c["org"]
            row("consents", (hk, i), household_id=hid, household_member_id=mem[c["member"]],
                information=c["info"], organization_id=uid("organizations", org_key),
                contact_id=contact_ids[(org_key, c["contact"])] if c.get("contact") is not None else None,
                recipient=next(o for o in ORGS if o["key"] == org_key)["name"], purpose=c["purpose"],
                given_on=c["given"], valid_until=c.get("until"), withdrawn_on=c.get("withdrawn"),
                form=c.get("form"), recorded_by_id=tm(c["by"]), notes=c.get("notes"))
        for ak, date, by, note, scores in h["assessments"]:
            aid = row("assessments", (hk, ak), household_id=hid, assessed_on=date, assessed_by_id=tm(by),
                      household_member_id=None, note=note)
            for d, (score, strengths, concerns, own) in scores.items():
                row("assessment_scores", (hk, ak, d), assessment_id=aid, domain_term_id=domain_id(d),
                    score=score, strengths=strengths, concerns=concerns, own_strength=own)
        goals = {}
        for gk, d, desc, status, set_on, target, closed in h["goals"]:
            goals[gk] = row("goals", (hk, gk), household_id=hid, domain_term_id=domain_id(d), description=desc,
                            status=status, set_on=set_on, target_on=target, closed_on=closed)
        for i, (gk, what, kind, ref, due, status, done_on, notes) in enumerate(h["actions"]):
            if kind == "team_member":
                actor_id, actor_name = tm(ref), MEMBER_NAMES[ref]
            elif kind == "household_member":
                actor_id, actor_name = mem[ref], next(m[1] for m in h["members"] if m[0] == ref)
            elif kind == "network_person":
                actor_id, actor_name = net[ref], next(n[1] for n in h["network"] if n[0] == ref)
            elif kind == "contact":
                actor_id = contact_ids[ref]
                actor_name = next(o for o in ORGS if o["key"] == ref[0])["contacts"][ref[1]][0]
            elif kind == "service":
                actor_id = service_ids[ref]
                o = next(o for o in ORGS if o["key"] == ref[0])
                actor_name = "%s (%s)" % (o["services"][ref[1]]["name"], o["name"])
            row("actions", (hk, i), household_id=hid, goal_id=goals[gk] if gk else None, what=what,
                actor_kind=kind, actor_id=actor_id, actor_name=actor_name, due_on=due, status=status,
                done_on=done_on, notes=notes)
        for i, (kind, planned, held, summary, led) in enumerate(h["evaluations"]):
            row("evaluations", (hk, i), household_id=hid, kind=kind, planned_on=planned, held_on=held,
                summary=summary, led_by_id=tm(led))
        for i, (date, desc, reason, by, note) in enumerate(h["deviations"]):
            row("deviations", (hk, i), household_id=hid, occurred_on=date, description=desc, reason=reason,
                decided_by_id=tm(by), note=note)
        for i, (date, author, text) in enumerate(h["journal"]):
            row("journal_notes", (hk, i), household_id=hid, written_on=date, author_id=tm(author),
                author=MEMBER_NAMES[author], text=text)


AGES = {  # (org, service index) -> (minimum_age, maximum_age)
    ("welzijn", 0): (18, None), ("welzijn", 2): (12, 23), ("jgz", 0): (0, 4), ("jgz", 1): (4, 18),
    ("kindkracht", 0): (0, 18), ("wissel", 0): (0, 18), ("mee", 1): (18, 27), ("leerplicht", 0): (5, 23),
    ("ha_lindenhof", 1): (12, None), ("verslaving", 0): (16, None), ("meedoenfonds", 0): (4, 18),
    ("speeltuin", 0): (4, 12), ("gezinsmaatjes", 0): (0, 12), ("kinderopvang", 0): (2, 4),
    ("seniorenvereniging", 0): (55, None), ("jeugdbescherming", 0): (0, 18),
}
ALERTS = {  # referral dead ends the team should know about before promising anything
    ("ggz", 0): "Wachttijd opgelopen tot ongeveer 10 weken; bij crisis de crisisdienst via de huisarts.",
    ("zorgkantoor", 0): "Wachtlijst verpleeghuizen in de regio; vraag naar overbruggingszorg.",
    ("kinderopvang", 0): "Peuteropvang vol tot na de zomer; VVE-kinderen gaan voor.",
}
ACCESSIBLE = {
    "gemeente": "Rolstoeltoegankelijk, lift en invalidenparkeerplaats bij de ingang.",
    "stichting": "Rolstoeltoegankelijk, invalidentoilet, ringleiding in de spreekkamer.",
    "ha_lindenhof": "Gelijkvloers, automatische deur.",
    "buurthuis": "Rolstoeltoegankelijk, invalidentoilet.",
    "bibliotheek": "Rolstoeltoegankelijk via de zij-ingang, lift.",
}
REQUIRED_DOCS = {
    ("voedselbank", 0): ["Verwijsbrief van een hulpverlener", "Budgetoverzicht van de afgelopen maand", "Identiteitsbewijs"],
    ("kledingbank", 0): ["Verwijsbrief van een hulpverlener"],
    ("werkplein", 0): ["Identiteitsbewijs", "Bankafschriften van de laatste drie maanden", "Huurcontract"],
    ("meedoenfonds", 0): ["Inkomensverklaring of bijstandsbesluit"],
    ("woonstichting", 1): ["Onderbouwing door een professional", "Inschrijfbewijs woningzoekende"],
}
FUNDING = {
    "welzijn": "Subsidie gemeente Marendal", "vrijwilligers": "Subsidie gemeente Marendal",
    "mantelzorg": "Subsidie gemeente Marendal", "stichting": "Gemeente Marendal (opdracht sociale wijkteams)",
    "papierwerk": "Subsidie gemeente Marendal en giften", "voedselbank": "Giften en fondsen",
    "meedoenfonds": "Gemeente Marendal en landelijke fondsen", "thuiszorg": "Zorgverzekeringswet (Zvw)",
    "kindkracht": "Jeugdwet, inkoop regio Vaartland", "mee": "Gemeente Marendal (onafhankelijke cliëntondersteuning)",
}
AGREEMENT_ON = {"ha_lindenhof": "@today-2y", "politie": "@today-3y", "woonstichting": "@today-18m",
                "jgz": "@today-2y", "kc_vaartkant": "@today-1y", "raadslieden": "@today-2y", "ggz": "@today-3y",
                "veilig_thuis": "@today-4y", "wissel": "@today-14m", "werkplein": "@today-1y",
                "stadsbank": "@today-2y", "onderdak": "@today-20m", "leerplicht": "@today-1y",
                "dementienetwerk": "@today-30m", "vrijwilligers": "@today-1y", "mantelzorg": "@today-2y",
                "papierwerk": "@today-10m", "meedoenfonds": "@today-6m", "gezinsmaatjes": "@today-1y",
                "geldmaatjes": "@today-8m"}


VOCABULARY_TABLES = ("taxonomies", "taxonomy_terms")


def document(tables):
    return {"format": "kringkaart-demo", "version": 1,
            "tables": [{"table": t, "rows": TABLES[t]} for t in tables if TABLES[t]]}


def write(doc, out):
    # One row per line: small, and diffs stay readable.
    dump = lambda v: json.dumps(v, ensure_ascii=False, separators=(", ", ": "))
    parts = ['{"format": "kringkaart-demo", "version": 1, "tables": [']
    for ti, t in enumerate(doc["tables"]):
        parts.append(' {"table": %s, "rows": [' % dump(t["table"]))
        parts.append(",\n".join("  " + dump(r) for r in t["rows"]))
        parts.append(" ]}" + ("," if ti < len(doc["tables"]) - 1 else ""))
    parts.append("]}")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    # The default vocabularies (life domains, sectors, lijn, toegang, target
    # groups) go into their own file: every new profile gets them, the
    # example district builds on them.
    here = os.path.dirname(os.path.abspath(__file__))
    build()
    write(document(VOCABULARY_TABLES), os.path.join(here, "vocabularies.json"))
    write(document([t for t in TABLE_ORDER if t not in VOCABULARY_TABLES]),
          os.path.join(here, "voorbeeldwijk.json"))

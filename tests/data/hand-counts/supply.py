# Hand count of the wijkanalyse supply matrix of Wijkteam Noord from the JSON.
import json, collections
import os
DEMO = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'data', 'demo')
T = collections.defaultdict(list)
for f in ('voorbeeldwijk', 'vocabularies'):
    for t in json.load(open(DEMO + '/%s.json' % f))['tables']:
        T[t['table']] += t['rows']
tax = {t['id']: t for t in T['taxonomies']}
ld = {t['id']: t['name'] for t in T['taxonomy_terms'] if tax[t['taxonomy_id']]['kind'] == 'life_domain'}
names = sorted(ld.values())
own = collections.defaultdict(set)
for a in T['attributes']:
    if a.get('taxonomy_term_id') in ld:
        own[a['link_id']].add(ld[a['taxonomy_term_id']])
orgdom = collections.defaultdict(set)
for o in T['organizations']: orgdom[o['id']] |= own[o['id']]
for s in T['services']:
    if s.get('organization_id'): orgdom[s['organization_id']] |= own[s['id']]
for team in ('Wijkteam Noord', 'Wijkteam Zuid'):
    tid = [t['id'] for t in T['teams'] if t['name'] == team][0]
    homes = {m.get('home_organization_id') for m in T['team_members'] if m['team_id'] == tid and m.get('active', 1) == 1}
    places = [p for p in T['ring_placements'] if p['team_id'] == tid]
    nodes = []
    # every active member stands in ring 0 with the life domains of their home organisation
    for m in T['team_members']:
        if m['team_id'] == tid and m.get('active', 1) == 1:
            nodes.append((0, orgdom.get(m.get('home_organization_id'), set())))
    for p in places:
        if p.get('organization_id'):
            if p['ring'] == 0 and p['organization_id'] in homes: continue
            nodes.append((p['ring'], orgdom[p['organization_id']]))
        if p.get('service_id'):
            nodes.append((p['ring'], own[p['service_id']]))
    placed = {p.get('organization_id') for p in places}
    for o in T['organizations']:
        if o['id'] not in placed: nodes.append((3, orgdom[o['id']]))
    print(team, len(nodes), 'nodes')
    for n in names:
        print('  %s %s' % (n, [sum(1 for r, d in nodes if r == ring and n in d) for ring in range(4)]))
    if team == 'Wijkteam Noord':
        demand = {'Financiën':1,'Werk en opleiding':3,'Tijdsbesteding':1,'Huisvesting':1,'Huiselijke relaties':1,'Geestelijke gezondheid':2,'Middelengebruik':1,'Instrumentele ADL':1,'Sociaal netwerk':1,'Opvoeding en ontwikkeling kinderen':1}
        out = ''
        for n in names:
            c = [sum(1 for r, d in nodes if r == ring and n in d) for ring in range(4)]
            dm = demand.get(n, 0)
            out += '%s=%d/%d/%d/%d/%d/%s;' % (n, *c, dm, 'gap' if dm and c[0]+c[1]==0 else '-')
        print(out)

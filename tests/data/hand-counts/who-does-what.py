# Hand-count of who-does-what hits in the example district, mirroring the
# rules in src/store/kring-store-team.c (used for the test's expectations).
import json,re,sys,unicodedata
import os
DEMO = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'data', 'demo')
d=json.load(open(DEMO + '/voorbeeldwijk.json')); T={t['table']:t['rows'] for t in d['tables']}
v=json.load(open(DEMO + '/vocabularies.json')); V={t['table']:t['rows'] for t in v['tables']}
kinds={t['id']:t['kind'] for t in V['taxonomies']}
terms={t['id']:(t['name'],kinds.get(t.get('taxonomy_id'))) for t in V['taxonomy_terms']}
teams={t['name']:t['id'] for t in T['teams']}
def fold(s): return ''.join(c for c in unicodedata.normalize('NFD',s.lower()) if not unicodedata.combining(c))
def words(s): return re.findall(r'[^\W_]+', fold(s or ''))
def stem(w): return w[:-2] if len(w)>5 and w.endswith('en') else w
q=[stem(w) for w in words(sys.argv[1])]
DOM = next((a[6:] for a in sys.argv if a.startswith('--dom=')), None)
TEAM = next((teams[a[7:]] for a in sys.argv if a.startswith('--team=')), None)
domset = {a['link_id'] for a in T['attributes'] if DOM and terms[a['taxonomy_term_id']][0]==DOM}
attrs={}
for a in T['attributes']:
  n,k=terms[a['taxonomy_term_id']]
  if k in ('life_domain','topic','sector'): attrs.setdefault(a['link_id'],[]).append(n)
def text(fields): 
  ws=[w for f in fields for w in words(f)]
  return bool(q) and all(any(x.startswith(y) for x in ws) for y in q)
def etext(e): return text([e.get('name'),e.get('alternate_name'),e.get('description')]+attrs.get(e['id'],[]))
print('MEMBERS'); [print(' ',m['name']) for m in T['team_members'] if (not TEAM or m['team_id']==TEAM) and text([m.get('discipline'),m.get('expertise'),m.get('name')])]
svc=[]; orgtext=set(); orgdom=set()
for s in T['services']:
  ind = DOM and s['id'] in domset; t = q and etext(s)
  if ind: orgdom.add(s.get('organization_id'))
  if (q and not t) or (DOM and not ind): continue
  if t: orgtext.add(s.get('organization_id'))
  svc.append(s['name'])
rings={r['organization_id']:r['ring'] for r in T['ring_placements'] if r.get('organization_id') and r['team_id']==TEAM}
orgs=[o for o in T['organizations'] if (not DOM or o['id'] in domset or o['id'] in orgdom) and (not q or etext(o) or o['id'] in orgtext)]
orgs.sort(key=lambda o:(rings.get(o['id'],4),o['name']))
print('ORGS'); [print(' ',o['name'],rings.get(o['id'])) for o in orgs]
print('SERVICES'); [print(' ',s) for s in sorted(svc)]

# Hand count of kring_store_demand for the example district.
import json, re, collections
import os
DEMO = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'data', 'demo')
d = json.load(open(DEMO + '/voorbeeldwijk.json'))
v = json.load(open(DEMO + '/vocabularies.json'))
T = collections.defaultdict(list)
for doc in (d, v):
    for t in doc['tables']:
        T[t['table']] += t['rows']
def days(s):
    if s is None: return None
    if not s.startswith('@today'): raise Exception(s)
    m = re.match(r'@today(?:([+-])(\d+)([dwmy]))?$', s)
    if not m.group(1): return 0
    n = int(m.group(2)) * {'d':1,'w':7,'m':30.4,'y':365}[m.group(3)]
    return n if m.group(1) == '+' else -n
tax = {t['id']: t for t in T['taxonomies']}
domains = sorted([t for t in T['taxonomy_terms'] if tax[t['taxonomy_id']]['kind']=='life_domain'],
                 key=lambda t: (t.get('sort_order') is None, t.get('sort_order'), t['name'], t['id']))
teams = {t['name']: t['id'] for t in T['teams']}
for team in ('Wijkteam Noord', 'Wijkteam Zuid'):
    hh = {h['id']: h for h in T['households'] if h['team_id'] == teams[team]}
    print(team, 'households', len(hh))
    st = collections.Counter(h.get('status','aanmelding') for h in hh.values())
    print(' statuses', [(s, st[s]) for s in ['aanmelding','vraagverheldering','plan','uitvoering','evaluatie','afgesloten']])
    print(' open', sum(1 for h in hh.values() if h.get('status') != 'afgesloten'))
    goals = {g['id']: g for g in T['goals'] if g['household_id'] in hh}
    ass = {a['id']: a for a in T['assessments'] if a['household_id'] in hh}
    scores = collections.defaultdict(list)  # (household, domain) -> [(date, score)]
    for s in T['assessment_scores']:
        if s['assessment_id'] in ass:
            a = ass[s['assessment_id']]
            scores[(a['household_id'], s['domain_term_id'])].append((days(a['assessed_on']), s['score']))
    overdue = [a for a in T['actions'] if a['household_id'] in hh and a.get('status','open') in ('open','in_progress')
               and a.get('due_on') and days(a['due_on']) < 0]
    print(' overdue total', len(overdue))
    for dom in domains:
        demand = {g['household_id'] for g in goals.values() if g.get('domain_term_id') == dom['id']
                  and g.get('status','open') in ('open','in_progress') and hh[g['household_id']].get('status') != 'afgesloten'}
        changes = []
        for (h, dd), l in scores.items():
            if dd == dom['id'] and len(l) >= 2:
                l.sort(); assert len({x[0] for x in l}) == len(l)
                changes.append(l[-1][1] - l[0][1])
        od = sum(1 for a in overdue if a.get('goal_id') in goals and goals[a['goal_id']].get('domain_term_id') == dom['id'])
        avg = sum(changes)/len(changes) if changes else float('nan')
        print('  %-40s households=%d measured=%d avg=%s overdue=%d %s' % (dom['name'], len(demand), len(changes), avg, od, changes))

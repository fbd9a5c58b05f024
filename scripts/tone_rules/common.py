exec(open('/tmp/tt/rb.py').read())
NEWCATS = {
 'en': {'hedging':'Stacked hedging','exasperation':'Exasperation','guilt':'Guilt trip','rhetorical':'Rhetorical question'},
 'fr': {'hedging':'Précautions en cascade','exasperation':'Exaspération','guilt':'Culpabilisation','rhetorical':'Question rhétorique'},
 'pl': {'hedging':'Piętrzenie asekuracji','exasperation':'Zniecierpliwienie','guilt':'Wzbudzanie poczucia winy','rhetorical':'Pytanie retoryczne'},
 'ro': {'hedging':'Prea multe ezitări','exasperation':'Exasperare','guilt':'Culpabilizare','rhetorical':'Întrebare retorică'},
}
def setup(b):
    cats=b.d['categories']
    ids=[c['id'] for c in cats]
    for cid in ['hedging','exasperation','guilt','rhetorical']:
        if cid in ids: continue
        c={'id':cid,'kind':'problem','label':NEWCATS[b.lang][cid]}
        if cid=='hedging': c['decay']=1.0; c['free']=1
        # insert before first strength
        pos=next(i for i,x in enumerate(cats) if x['kind']=='strength')
        cats.insert(pos,c)
    b.d['scoring']['wrapped_bonus']=4

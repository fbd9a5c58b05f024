import json, sys, subprocess
sys.path.insert(0,'/work/wt-tone/scripts')
import importlib.util
spec=importlib.util.spec_from_file_location('tf','/work/wt-tone/scripts/tone_fmt.py'); tf=importlib.util.module_from_spec(spec); spec.loader.exec_module(tf)
class Book:
    def __init__(s, lang):
        s.lang=lang; s.p=f'/work/wt-tone/assets/tone/{lang}.json'
        s.d=json.load(open(s.p))
    def rule(s, id): 
        for r in s.d['rules']:
            if r['id']==id: return r
        raise KeyError(id)
    def add(s, id, cat, sev, weight, patterns, message, suggestion, hit, miss, **kw):
        id=f'{s.lang}.{cat}.{id}'
        r={'id':id,'category':cat}
        if sev: r['severity']=sev
        r['weight']=weight
        if isinstance(patterns, dict): r['structural']=patterns
        else: r['patterns']=patterns
        r['message']=message
        if suggestion: r['suggestion']=suggestion
        for k,v in kw.items(): r[k]=v
        r['examples']={'hit':hit,'miss':miss}
        for i,x in enumerate(s.d['rules']):
            if x['id']==id: s.d['rules'][i]=r; return r
        s.d['rules'].append(r); return r
    def drop(s, id):
        s.d['rules']=[r for r in s.d['rules'] if r['id']!=id]
    def save(s):
        open(s.p,'w').write(tf.dumps(s.d))

#!/usr/bin/env python3
"""Experiment: a linear model over interpretable features for the tone checker (issue 14).

Features per opener: the rule categories and severities the current checker finds (from
`talkprep tone --jsonl`), its strengths, its score, and the words and word pairs of the text.
A logistic regression is trained on the tuning data in the repository (tests/data/tone/tune,
tests/data/tone/<lang>.tsv and tests/data/tone/extra), its threshold chosen by 5-fold cross
validation on that data alone (`pick_threshold`), and measured once
on the held-out native openers (tests/data/tone/heldout-native), never used to choose anything.

Usage: cargo build --release && python3 scripts/tone_model_experiment.py en fr pl ro
Pure Python, no packages. Nothing here is used by the app yet: it tells whether a learned
layer is worth building (see the session note for its figures).
"""
import json,subprocess,math,re,random,sys,unicodedata,os
ROOT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN=os.environ.get('TALKPREP_BIN', os.path.join(os.environ.get('CARGO_TARGET_DIR', os.path.join(ROOT,'target')),'release','talkprep'))
D=os.path.join(ROOT,'tests','data','tone')
def load(path):
    out=[]
    for l in open(path):
        if l.startswith('#') or not l.strip(): continue
        p=l.rstrip('\n').split('\t')
        if len(p)<3: continue
        out.append((p[0]=='not', p[2]))
    return out
def reports(lang, texts):
    r=subprocess.run([BIN,'tone','--jsonl','--lang',lang],input='\n'.join(t.replace('\n',' ') for t in texts),capture_output=True,text=True)
    return [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
def norm(t):
    t=unicodedata.normalize('NFKC',t).lower().replace('’',"'")
    return re.findall(r"[\w']+|[!?]+|🙄|\"",t)
def feats(text, rep):
    f={}
    for x in rep['findings']:
        k='c:'+x['category']; f[k]=f.get(k,0)+1
        k='s:'+x['severity']; f[k]=f.get(k,0)+1
    for x in rep.get('strengths',[]):
        k='g:'+x['category']; f[k]=f.get(k,0)+1
    f['score']=(rep['score']-60)/20
    toks=norm(text)
    for i,w in enumerate(toks):
        f['w:'+w]=1
        if i+1<len(toks): f['b:'+w+' '+toks[i+1]]=1
    return f
def train(X,y,l2=0.05,epochs=300,lr=0.3):
    w={}; b=0.0
    n=len(X)
    for ep in range(epochs):
        gb=0; g={}
        for f,t in zip(X,y):
            z=b+sum(w.get(k,0)*v for k,v in f.items())
            p=1/(1+math.exp(-max(-30,min(30,z))))
            e=p-t
            gb+=e
            for k,v in f.items(): g[k]=g.get(k,0)+e*v
        b-=lr*gb/n
        for k in set(g)|set(w):
            w[k]=w.get(k,0)-lr*(g.get(k,0)/n+l2*w.get(k,0))
    return w,b
def prob(w,b,f): 
    z=b+sum(w.get(k,0)*v for k,v in f.items()); return 1/(1+math.exp(-max(-30,min(30,z))))
def rates(ps, ys, th):
    bad=sum(ys); fine=len(ys)-bad
    hits=sum(1 for p,y in zip(ps,ys) if y and p>=th)/max(1,bad)
    fa=sum(1 for p,y in zip(ps,ys) if not y and p>=th)/max(1,fine)
    return hits, fa

def pick_threshold(X, y, folds=5, seed=7):
    """The threshold with the most hits at no more than 5% false alarms, on out-of-fold
    predictions of the tuning data: the held-out set plays no part."""
    idx=list(range(len(X))); random.Random(seed).shuffle(idx)
    oof=[0.0]*len(X)
    for k in range(folds):
        test=set(idx[k::folds])
        w,b=train([X[i] for i in idx if i not in test],[y[i] for i in idx if i not in test])
        for i in test: oof[i]=prob(w,b,X[i])
    best=(0.99,0.0)
    for th in [x/100 for x in range(5,96)]:
        h,f=rates(oof,y,th)
        if f<=0.05 and h>best[1]: best=(th,h)
    return best[0], rates(oof,y,best[0])

for lang in sys.argv[1:]:
    tr=load(f'{D}/tune/{lang}.tsv')+load(f'{D}/{lang}.tsv')+load(f'{D}/extra/{lang}.tsv')
    te=load(f'{D}/heldout-native/{lang}.tsv')
    rtr=reports(lang,[t for _,t in tr]); rte=reports(lang,[t for _,t in te])
    Xtr=[feats(t,r) for (_,t),r in zip(tr,rtr)]; ytr=[1 if y else 0 for y,_ in tr]
    Xte=[feats(t,r) for (_,t),r in zip(te,rte)]; yte=[1 if y else 0 for y,_ in te]
    rb=[1.0 if r['label'] in ('tense','hostile') else 0.0 for r in rte]
    rh,rf=rates(rb,yte,0.5)
    th,(cvh,cvf)=pick_threshold(Xtr,ytr)
    w,b=train(Xtr,ytr)
    h,f=rates([prob(w,b,x) for x in Xte],yte,th)
    print(f"{lang}: rules held-out {rh*100:.1f}% hits / {rf*100:.1f}% false alarms; "
          f"model (threshold {th:.2f} from cross-validation: {cvh*100:.1f}% / {cvf*100:.1f}%) "
          f"held-out {h*100:.1f}% / {f*100:.1f}%")

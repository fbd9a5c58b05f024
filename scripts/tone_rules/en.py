exec(open('/tmp/tt/common.py').read())
b=Book('en'); setup(b)
A=b.add
# --- fixes of existing rules
r=b.rule('en.blame.why_start'); r['patterns']=['^ why']; r['message']="A question that starts with '{match}' asks them to justify themselves."
r=b.rule('en.blame.you_never'); r['unless_after']=['need','needed','have','had','know','knew','fail']
r=b.rule('en.dismissive.challenge'); r['patterns']=[p for p in r['patterns'] if p not in ('what exactly','exactly what')]
r=b.rule('en.demand.you_must'); r['patterns']=[p for p in r['patterns'] if p!='you better']+['^ you better','you better pay','you better not','youd better not']
r=b.rule('en.demand.i_expect'); r['unless_after']=['be','get','feel','know','enjoy','have','see','love','like']
r=b.rule('en.demand.you_should'); r['unless_after']=['get','have','receive','be','feel','know','see','hear','find']
r=b.rule('en.demand.imperative'); r['severity']='info'; r['weight']=6
r=b.rule('en.demand.pay_now'); r['patterns']=[p for p in r['patterns'] if p!='^ pay']+['^ pay me','^ pay the invoice','^ pay up','^ pay now']
r=b.rule('en.grovelling.sorry_to_bother'); r['severity']='warn'; r['weight']=10; r['patterns']+= ['sorry to chase','sorry for chasing','sorry to keep chasing','sorry to ask again','sorry to nag','sorry for nagging']
# hedges: from i_statement to hedging, each after the first costs
r=b.rule('en.i_statement.hedge'); b.drop('en.i_statement.hedge')
A('maybe','hedging','info',5,['maybe','perhaps','possibly','potentially','might','sort of','kind of','somehow','if thats ok','if thats okay','if that is ok','if you dont mind','at all possible','i hate asking','i hate to ask','i was wondering if','im wondering if','i was just wondering','just wondering','wondering if','i dont want to be difficult','please ignore this','if its a bad time','a small balance','if not thats fine','sorry','apologies','im sorry','really sorry','so sorry','i feel terrible','i feel bad'],
 "One softener is fine; piled up ('{match}' and more), they bury the ask and make it easy to ignore.",
 "Keep one courtesy and state the ask plainly: 'Could we settle the invoice this week?'",
 ["I was just wondering if maybe you could possibly pay, sorry to bother you."],["Could you pay the invoice by Friday?"])
b.rule('en.hedging.maybe')['examples']={'hit':["Maybe we could possibly, perhaps, look at it?"],'miss':["Could you pay the invoice by Friday?"]}
r=b.rule('en.acknowledge.apology'); r['patterns']=[p for p in r['patterns'] if p not in ('sorry','apologies')]+['im sorry i','im sorry the','i am sorry i','i am sorry the','apologies for the','sorry for the late','sorry for the slow','sorry for the delay']
r=b.rule('en.understand.curious'); r['patterns']=[p for p in r['patterns'] if p not in ('wondering','just wondering')]
r=b.rule('en.grovelling.just'); b.drop('en.grovelling.just')
A('just','hedging','info',4,['just'],"'{match}' shrinks your request; next to other softeners it makes the ask sound optional.",
  "Drop it: 'I wanted to check in' reads steadier than 'I just wanted to check in'.",["Maybe I could just ask, perhaps?"],["Let's adjust the plan."])
A('just_wanted','grovelling','info',3,['i just wanted to','i just want to','just wanted to','just checking in','just a quick'],"'{match}' apologises for asking before you ask.",
  "Say it directly: 'I wanted to check in about the invoice.'",["I just wanted to check in about the invoice."],["I wanted to check in about the invoice."],replacement=None)
b.rule('en.grovelling.just_wanted').pop('replacement')
A('rewrite_just_wanted','grovelling','info',3,['i just wanted to','i just want to'],"'{match}' shrinks the request before you make it.",
  "'I wanted to' says the same, steadier.",["I just wanted to check in about the invoice."],["I wanted to check in about the invoice."],replacement='I wanted to')
b.drop('en.grovelling.just_wanted')
A('sorry_to_bother_but','grovelling','warn',10,['sorry to bother you but','sorry to bother you again but','sorry to disturb you but','sorry to trouble you but'],
  "'{match}' apologises for a normal business request and weakens it.",
  "Start with the request itself.",["Sorry to bother you, but could you check the invoice?"],["Could you check the invoice?"],replacement='')
# --- sarcasm
A('sarcastic_thanks','sarcasm','warn',16,['thanks ~ for finally','thank you ~ for finally','for finally','finally getting back','finally answering','finally replying','finally responding','finally respecting','nice of you to','good of you to','thanks for reminding me that','thank you for reminding me that','in advance for finally','in advance for paying on time','on time this time','for once','it only took','only took you','only took three','so i guess thats progress','thats progress i guess','i guess thats progress','actually arrived','actually replied','actually answered','actually paid','very professional of you','so professional of you','how professional','real professional','very mature','how mature','so mature','ill be sure to tell','keeps things exciting','how exciting','what a treat','great to see you','oh good','oh joy','wow thanks','wow thank you','^ wow','love how the','love how you','love that you','thanks for thinking of me','how thoughtful','so thoughtful of you','im sure my rent','can wait too','bravo'],
  "'{match}' reads as sarcasm: the praise says the opposite of what you mean, and they will hear the jab.",
  "Say the fact plainly: 'The payment arrived five weeks after the due date; can we agree dates for the next ones?'",
  ["Thanks so much for finally getting back to me.","Wow, the payment actually arrived!","Thanks in advance for paying on time this time."],
  ["Thanks for getting back to me so quickly.","The payment arrived, thank you."])
A('scare_quotes','sarcasm','warn',14,{'kind':'scare_quotes'},
  "Quotes around {match} suggest you do not believe it: it reads as mockery.",
  "Drop the quotes and say what happened: 'The invoice was reviewed on the 3rd and is still unpaid.'",
  ["Thanks for 'forgetting' to pay again.","Great to see you've \"reviewed\" the invoice."],["The 'About' page is ready.","She said: \"fine\"."])
A('eye_roll','sarcasm','warn',16,{'kind':'eye_roll'},"An eye-roll emoji ({match}) turns any sentence into a jab.",
  "Leave it out; if you are frustrated, say what you need instead.",["Any chance it gets paid this year? 🙄"],["See you Tuesday 🙂"])
# --- rhetorical
A('too_much_to_ask','rhetorical','warn',16,['is it really too much to ask','is it too much to ask','too much to ask for','is that too much to ask','is it so hard','is it that hard','is it really that hard','is it really so hard','how hard is it to','how hard can it be','how difficult is it to','would you accept','would you work for free','would you be okay if i','how would you feel if','do you honestly think','do you really think','do you seriously think','do you think i work','did you even','did you actually read','did you read the','at all before','what part of','was unclear','is that clear','do you expect me to','how do you expect me','how am i supposed to','what did you expect','what were you thinking','who does that','who pays','since when','am i supposed to','do i need to remind you','do i have to','how many more times','how is that my problem','why should i'],
  "'{match}' is a question nobody is meant to answer: it lectures instead of asking.",
  "Ask a real question or state the need: 'Could you answer by Thursday so I can plan?'",
  ["Is it really too much to ask for an answer?","Do you honestly think I work for free?","What part of 'final round' was unclear?"],
  ["Is it possible to answer by Thursday?","Did you get my email with the invoice?"])
# --- exasperation
A('sick_of','exasperation','warn',16,['sick of','tired of','fed up','end of my rope','end of my tether','at my wits end','exhausted by','im exhausted','had it with','ive had it','enough is enough','as usual','here we go again','same old','i give up','cant keep doing this','cannot keep doing this','cant keep chasing','im done chasing','the fourth time','the fifth time','the third time','the tenth time','round nine','round ten','once again i','yet again','for the umpteenth','umpteenth','how many times','this keeps happening','every single week','i cant do this anymore','ive lost patience','losing my patience','lost my patience','out of patience','running out of patience','frankly im','honestly im sick','i shouldnt have to keep'],
  "'{match}' puts your exasperation first; they will react to the mood, not the request.",
  "Name the pattern calmly and what you need: 'This is the third reminder; can we fix a payment date today?'",
  ["As usual, you're late. I'm sick of it.","I'm at the end of my rope with these revisions.","This is the fourth time I'm asking."],
  ["I'm tired today but the files are ready.","Usually the invoices are paid on time."])
b.rule('en.exasperation.sick_of')['examples']['miss']=["The files are ready for review.","Usually the invoices are paid on time."]
# --- guilt
A('after_everything','guilt','warn',16,['after everything i','after all ive done','after all i have done','after all i did','everything ive done for you','i turned down other','turned down other clients','i stayed up','stayed up all','bent over backwards','above and beyond','taken for granted','count for something','counted for something','family to support','mouths to feed','i have bills to pay','bills to pay','rent to pay','really hurts us','really hurts me','this is how my','this is how i get','this is the thanks','the thanks i get','i really didnt expect','i didnt expect this from','i thought i could count on','i trusted you','you let me down','let me down','disappointed in you','i expected more','expected more from you','expected better','i deserve better','the least you could do','after all these years','i gave up my','i sacrificed','hard to hear you','put my life on hold','i went out of my way','i did you a favour','i did you a favor','you owe it to me','how could you do this to me'],
  "'{match}' asks them to feel guilty rather than to act; guilt breeds resentment, not payment.",
  "State the impact and the ask: 'The delay affects my cash flow; can we agree a date this week?'",
  ["After everything I've done for you, this is how I'm treated?","I stayed up all weekend to hit your deadline."],
  ["Everything is ready for you.","I turned the draft around by Friday."])
b.rule('en.guilt.after_everything')['examples']['miss']=["Everything is ready for you.","The draft was delivered by Friday."]
# --- condescension (dismissive)
A('put_simply','dismissive','warn',16,['put this simply','put it simply','let me put it','any more simply','more simply','explain it one more time','explain this one more time','explain it again','one more time slowly','slowly so','even you','as im sure even','you may not be familiar','you might not be familiar','may not be aware that','you may not know','walk you through what','what * actually means','actually means','just so were clear','just so you know','just so you understand','not sure you understand','let alone','dont know how to explain','how to explain this','in case you didnt know','for your information','newsflash','news flash','welcome to the real world','how professionals work','how business works','how this works','a child could','even a child','basic stuff','its basic','simple enough','in plain english','read it again','read the contract','let me spell it out','spell it out','to be clear','for the record','commitment is part of','you know','as a professional i','trust me','im the expert','i am the expert','i know what im doing','i told you so','told you so','i did warn you','i warned you'],
  "'{match}' talks down to them: it implies they are slow or ignorant.",
  "Explain once, as to an equal: 'Here is what the deposit covers and when it is due.'",
  ["Let me put this simply: the invoice is due.","I'll explain it one more time, slowly.","Trust me, I'm the expert."],
  ["Let me know if anything is unclear.","Here is how the deposit works."])
A('cant_understand_how','dismissive','warn',16,['dont understand how anyone','dont understand how you','dont understand why you','do not understand how','do not understand why you','cant understand how','cant understand why','cant fathom','cannot fathom','cant see how you','cant see why you','dont see how you','dont see why you','dont know how you expect','dont know how you could','dont know what you were','how anyone could','how anyone can','how someone could','i fail to see','i fail to understand','beyond me','im baffled','baffl*','im not sure you understand','i doubt you','you clearly dont','you obviously dont'],
  "'{match}' is not a question: it says their behaviour is beyond reason.",
  "Ask what happened: 'Can you help me understand what held the payment up?'",
  ["I don't understand how anyone could miss three sessions.","I can't fathom why you'd ask for a refund.","I don't understand why you haven't paid."],
  ["I'd like to understand what held it up.","Can you help me understand the delay?"])
# --- dismissive
A('whatever','dismissive','warn',16,['^ whatever','whatever you want','whatever you say','is noted','duly noted','noted but','im going with mine','going with my own','think what you like','think what you want','believe what you want','not going to debate','not going to argue','im not arguing','not up for discussion','not up for debate','take it or leave it','do it your way','have it your way','your way then','fine do it','thats not my job','not my job','not my problem','my other clients','everyone else was happy','everyone else is happy','is fine as it is','its fine as it is','thats impossible','that is impossible','not happening','end of story','full stop','period','no discussion','no exceptions','like it or not','your loss'],
  "'{match}' shuts the conversation down instead of moving it forward.",
  "Keep the door open: 'I see it differently; here is why, and here is what I can do.'",
  ["Whatever you want.","Take it or leave it.","Fine, do it your way."],["Whatever works best for you is fine by me, just let me know.","Let's find a way that works."])
b.rule('en.dismissive.whatever')['examples']['miss']=["Tell me which day works best for you.","Let's find a way that works."]
# --- passive aggressive
A('some_of_us','passive_aggressive','warn',16,['some of us','no worries if not but','no worries if not','at some point','get paid at some point','id love to get paid','try once more','ill try once more','not sure my','reached you','emails reached','previous three emails','three emails','my last three','i suppose it doesnt matter','doesnt matter to you','i guess','i suppose','doesnt pay my bills','dont pay my bills','exposure doesnt','warm reminder','has now lasted','kindly note that','i hope youre capable','youre capable of','you are capable of','capable of paying','capable of reading','leave the * to','the person youre paying','with all due respect','no offense but','no offence but','not to be rude but','i hate to say it','i was under the impression','correct me if im wrong but','must have missed','you must have missed','surely you','it would be nice if','it would be great if you could actually','i shouldnt have to ask','just a reminder that','friendly reminder that','some people','other clients manage','most clients manage','i guess not'],
  "'{match}' hints at a complaint instead of saying it, which reads as a dig.",
  "Say it directly and kindly: 'The invoice was due on the 3rd; when can you pay it?'",
  ["Some of us have bills to pay.","No worries if not, but I'd love to get paid at some point.","Not sure my previous emails reached you, so I'll try once more."],
  ["Could you let me know when it will be paid?","All of us are happy with the result."])
# --- ultimatum
A('or_dont_expect','ultimatum','high',20,['or dont expect','dont expect to work','unless i hear','take the site offline','take * offline','take it offline','ill be filing','i will be filing','filing a','either you','or the project','project is cancelled','is cancelled','ill cancel','i will cancel','ill start charging','charging you interest','charge you interest','late fee','late fees','youll be hearing from','you will be hearing from','consequences','ill have no choice','i will have no choice','or i stop','or ill stop','or i will stop','or i walk','the last change','last change im','no more revisions','is only good until','only valid until','offer expires','or the deal','ill take this further','take this further','escalate this','ill escalate','i will escalate','ill withhold','withhold the files','keep the files until','ill delete','ill report','leave a review','bad review','tell everyone','post about','name and shame','or else','i know where','you have been warned','youve been warned','last time im asking','this is the last time'],
  "'{match}' is a threat: it ends the conversation before it starts.",
  "Keep your next step to yourself and ask for a date: 'Can we agree the payment date this week?'",
  ["Deliver the files by Thursday, or don't expect to work with us again.","If it isn't paid by Monday, I'll take the site offline.","Either you pay today or the project is cancelled."],
  ["I can deliver the files by Thursday.","The site will go live on Monday."])
# --- insults
A('person','insult','high',30,['most disorganised','most disorganized','so disorganised','so disorganized','disorganised','disorganized','amateur','only an amateur','written by someone','someone whos never','someone who has never','about as good as','as reliable as','mood board and a prayer','needy','so needy','petty','youre being petty','wasting my time','waste of my time','you disappeared','disappeared on me','how dare you','your own business','doesnt know what','you have no clue','no clue','clueless','unreliable','rude','arrogant','selfish','impossible to work with','nightmare client','worst client','the worst','a nightmare','sloppy','careless','pathetic','a disaster','embarrassment','cheap','cheapskate','greedy','entitled','ungrateful','shameless','dishonest','incapable','a child','childish','immature'],
  "'{match}' attacks the person, not the problem; nothing useful comes after an insult.",
  "Describe the effect of what happened: 'The brief changed three times, which pushed the launch back.'",
  ["You're easily the most disorganised client I've had.","Only an amateur would ask for that.","You're wasting my time."],
  ["The files are well organised.","I'd like to organise a call."])
b.rule('en.insult.person')['examples']['miss']=["The files are well organised.","Could we plan a call?"]
# --- blame
A('late_again','blame','warn',16,['late again','youre late','you are late','you told me youd','you told me you would','you said youd','you said you would','dropped the ball','im the one left','left cleaning','left to clean','cleaning up after','your team dropped','because i dont know you','stop calling me','stop texting me','stop emailing me','no refunds','i expected more','youve ignored','you ignored','you keep ignoring','you still havent','you havent even','you didnt even','you never even'],
  "'{match}' puts them on trial; they will defend instead of listen.",
  "Describe the one instance and ask: 'The payment is two weeks late; what happened?'",
  ["You're late again, as usual.","You told me you'd sign.","Your team dropped the ball."],["I'm running late, sorry!","The team signed on Monday."])
b.rule('en.blame.late_again')['examples']['miss']=["The team signed on Monday.","The payment is due Friday."]
# --- grovelling
A('pay_whenever','grovelling','warn',16,['pay whenever','whenever you can','whenever you like','come whenever','whenever you want','no rush at all','no rush','sure no problem','ill redo it all','redo it all for free','for free','ill do it for less','do it for less','ill refund everything','refund everything','make it happen somehow','this once','so expensive','sorry for all the','i was busy','its not you its me','meaning to say this','everything that went wrong','ill lower my','ill drop my price','i can do it for free','free of charge','no charge','dont worry about it','its okay dont worry','its fine come','its fine whenever','i know im asking a lot','i hate to ask','i hate asking'],
  "'{match}' gives away your position before the conversation starts.",
  "Be kind and clear: 'Could you pay by the 15th? If that's hard, let's agree a date.'",
  ["No worries at all, pay whenever!","I'll redo it all for free.","Sorry it's so expensive."],["Could you pay by the 15th?","The payment is due on the 15th."])
b.rule('en.grovelling.pay_whenever')['examples']['miss']=["Could you pay by the 15th?","The payment is due on the 15th."]
b.save()
def rm(id, pats):
    r=b.rule(id); r['patterns']=[p for p in r['patterns'] if p not in pats]
b.rule('en.blame.why_start')['examples']['hit']=["Why the delay?"]
rm('en.ultimatum.or_dont_expect',['ill cancel','i will cancel','or else'])
rm('en.sarcasm.sarcastic_thanks',['love how you','love that you'])
b.rule('en.grovelling.sorry_to_bother')['examples']['hit']=["Sorry to bother you, is there news on the invoice?"]
rm('en.hedging.maybe',['i feel terrible','i feel bad'])
rm('en.exasperation.sick_of',['how many times'])
b.rule('en.dismissive.challenge')['examples']['hit']=["How exactly is that a problem?"]
rm('en.passive_aggressive.some_of_us',['friendly reminder that','with all due respect'])
rm('en.rhetorical.too_much_to_ask',['did you even'])
b.rule('en.passive_aggressive.again')['examples']['hit']=["The invoice is overdue again."]
b.rule('en.understand.curious')['examples']['hit']=["I'm curious how the review went."]
rm('en.grovelling.pay_whenever',['no rush','no rush at all'])
b.save()
b.rule('en.blame.why_start')['examples']['hit']=["Why nobody told me, I don't know."]
rm('en.sarcasm.sarcastic_thanks',['thanks for thinking of me'])
rm('en.dismissive.whatever',['period'])
rm('en.grovelling.pay_whenever',['no charge','free of charge'])
b.rule('en.sarcasm.scare_quotes')['unless_before']=['what','with','word','words','term','terms','called','marked','as','like','label','labelled','labeled','tag','button','reads','says','say','said','write','type','reply','replies','answer','answers','means','mean','means','status','folder','tab','menu','section','page','option']
b.rule('en.sarcasm.scare_quotes')['examples']['miss']+=["A checklist of what \"done\" means.","They answer with \"agreed\"."]
rm('en.dismissive.obviously',['clearly'])
b.rule('en.dismissive.obviously')['patterns']+=['clearly you','you clearly','clearly didnt','clearly havent','clearly did not']
for rid in ['en.i_statement.view','en.i_statement.need','en.i_statement.feel']:
    rm(rid,['perhaps','maybe','might','possibly'])
b.rule('en.hedging.maybe')['patterns']+=['even bringing this up','bringing this up','if its a bad time','please ignore']
r=b.rule('en.grovelling.over_apology'); r['severity']='warn'; r['weight']=8
A('has_to_change','alarm','warn',12,['has to change','something has to change','needs to change','things need to change','the moment you see this','as soon as you see this','need to speak','we need to speak','need you on the phone','call me immediately','ring me immediately','call me asap','very concerned','extremely concerned','seriously concerned','deeply concerned','gravely concerned','this cant go on','this cannot go on','cant go on like this','we have a situation','something is very wrong'],
  "'{match}' sounds the alarm before you have said what it is about.",
  "Name the subject calmly: 'I'd like to talk about how the revisions are going.'",
  ["Something has to change between us.","I'm very concerned. Please call me."],["The date can change if you need it to.","I'm a bit concerned about the timeline; could we talk?"])
b.rule('en.alarm.has_to_change')['examples']['miss']=["The date can move if you need it to.","Could we talk about the timeline?"]
r=b.rule('en.alarm.big_problem'); r['weight']=12
b.rule('en.dismissive.put_simply')['patterns']+=['wont be lectured','be lectured','lecture me','lecturing me','someone who hired me','who hired me for','you hired me for','nothing is ever','ever good enough','good enough for you']
r=b.rule('en.passive_aggressive.reminder'); r['severity']='warn'; r['weight']=11
b.rule('en.ultimatum.legal')['patterns']+=['a lawyer','calling a lawyer','lawyers','lawyer','legal steps','court','solicitors']
b.rule('en.demand.pay_now')['patterns']+=['^ pay by']
b.save()
b.rule('en.passive_aggressive.reminder')['unless_after']=['email','emails','message','messages','note','call','calls','text','system','service']
b.save()

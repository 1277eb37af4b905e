# ruff: noqa: E501
"""v9 corpus groups (contrastive pairs): neg.counter_speech, neg.quote, neg.victim_report, neg.hostile_nonviolent, neg.news_threat, neg.public_activity, threat.direct, threat.conditional, threat.surveillance, sol.call_to_action, sol.with_threat. Fictitious people and reserved numbers only."""

POOLS: dict[str, list[str]] = {
    # Spots behind a wedding reception venue.
    "v9sp_outback": [
        "the parking lot",
        "the loading dock",
        "the smokers' patio",
        "the back lot by the dumpsters",
    ],
    # Small repair businesses a customer is furious with.
    "v9sp_shop": [
        "Hollowmere Muffler & Brake",
        "Saddlecreek Auto Glass",
        "Quillfeather Transmission",
        "Wrenhaven Tire & Lube",
    ],
    # Tools a furious customer might carry.
    "v9sp_tool": ["a tire iron", "a bat", "a crowbar", "a length of pipe"],
    # Days of the week in the gym log.
    "v9sp_gymday": ["Tuesday", "Thursday", "Saturday morning"],
    # Hospital parking levels.
    "v9sp_level": ["level 2", "level 3", "the top deck", "the roof level"],
}
POOLS_ES: dict[str, list[str]] = {
    # Salones de fiestas para una quinceañera.
    "v9sp_salon": [
        "salón Jardín Los Arcos",
        "salón Villa Dorada",
        "salón de eventos La Herradura",
        "jardín de eventos Las Bugambilias",
    ],
    # Tianguis y mercados sobre ruedas.
    "v9sp_tianguis": [
        "el tianguis del domingo",
        "el mercado sobre ruedas",
        "el tianguis de la colonia",
        "la pulga de los sábados",
    ],
    # Lugares públicos donde la migra está operando ahorita.
    "v9sp_lugar": [
        "el car wash de la {street}",
        "la lavandería de la esquina de {street}",
        "el estacionamiento del Soriana de Las Palmas",
        "la parada de la ruta 7 en {street}",
    ],
}

GROUPS: list[dict] = [
    # ============ PAIR 1 (en): trouble at a wedding reception ============
    dict(
        family="neg.counter_speech",
        lang="en",
        labels="",
        note="the best man tells groomsmen NOT to go after a bride's ex who crashed the reception and has already asked the venue to remove him; discouraging an attack is counter-speech (policy: counter-speech never flags)",
        templates=[
            "groomsmen chat: i see you all looking at {first_m} by the bar. nobody is taking him out to {v9sp_outback}. security is walking him out right now. we are NOT ruining this day with a fight",
            "Guys, I'm serious. {first_m} showed up uninvited, the venue has it handled, and the next person who says 'let's get him outside' is getting sent home by me. Dance floor. Now.",
            "Best man here. I heard the 'who's coming with me' talk about the ex. Nobody is. Venue manager called a cab for him, {first2}'s mom doesn't need to see her son-in-law's friends in handcuffs tonight.",
            "ok real talk before the toast: the ex walked in, the ex is walking out, escorted, and that's the end of it. whoever was cracking knuckles by {v9sp_outback}, sit down and eat your cake",
        ],
        n=7,
    ),
    dict(
        family="sol.with_threat",
        lang="en",
        labels="TS",
        note="a groomsman recruits others to beat the bride's ex behind the venue and says he will throw the first punch; asking others to join plus the author's own intent is threat and solicitation",
        templates=[
            "groomsmen chat: {first_m} is at the bar like he was invited. i'm walking him out to {v9sp_outback} after the toast and he's leaving with a broken face. who's coming with me",
            "Ok so the ex actually showed up. I'm taking him behind the building in ten minutes and I swing first. Need two of you to hold the door so nobody from the family walks out. Who's in?",
            "not letting {first_m} ruin {first2}'s day and then walk. meet me at {v9sp_outback} after the first dance, i'll do the damage, you guys just make sure he can't get back to his car",
            "ex is here. I'm about to put him on the ground out by {v9sp_outback}. Grab {first} and whoever else isn't too drunk and come back me up",
        ],
        n=7,
    ),
    # ============ PAIR 2 (en): a note left at school ============
    dict(
        family="neg.quote",
        lang="en",
        labels="",
        note="a principal's staff email quotes an anonymous threatening note found at school to identify the writer and announce safety steps; quoting someone else's threat to report it is not a threat",
        templates=[
            "Staff, this morning a custodian found a note taped inside the second-floor bathroom stall. It reads, in full: 'Mr. {last} you're getting shot {day}, I know which door you use.' Police have the original. If you recognize the handwriting, see me before first period. Mr. {last} is safe and aware.",
            "CONFIDENTIAL - {school} staff. A handwritten note was slipped into a locker vent: 'Ms. {last} wont see the end of the semester, I will make sure.' We have reported it to the district and to police. Please do not discuss it with students; extra staff will be at the doors {day}.",
            "Colleagues, I am sharing the exact wording only so you can watch for the same handwriting on classwork: 'Coach {last} is dead after the game {day}.' The note was found in the gym. An officer is on campus today and the coach is fully informed.",
            "Quick note from the front office: a student turned in a paper that says 'I'm going to stab Mr. {last} when he takes my phone again.' It has gone to the resource officer and the counselor. Please keep the wording to yourselves and send any similar notes straight to me.",
        ],
        n=7,
    ),
    dict(
        family="threat.direct",
        lang="en",
        labels="T",
        note="an anonymous note written by the author to a teacher or coach stating they will shoot or stab him; the author's own stated intent against an identifiable person is a threat",
        templates=[
            "Mr. {last}, you're getting shot {day}. I know which door you use in the morning.",
            "ms {last} you wont see the end of the semester. i'll make sure of it myself",
            "Coach {last} this is your only warning. after the game {day} I'm waiting by your car and you're done.",
            "to mr {last}: take my phone one more time and i'm stabbing you in front of the whole class. don't test me",
        ],
        n=7,
    ),
    # ============ PAIR 3 (en): an ex at a building's front desk ============
    dict(
        family="neg.victim_report",
        lang="en",
        labels="",
        note="a resident asks the building's security desk not to let her ex upstairs and quotes the threat he texted; a victim describing a threat she received is not a threat",
        templates=[
            "Hi front desk, this is {first_f} in {unit}. Please do NOT let {first_m} {last} up or accept anything he drops off. Last night he texted me 'if that desk stops me again I'll wait at your car and you won't drive home.' I have a police report and I'm filing for a protective order {day}.",
            "Note for night security: my ex, {first_m}, is not allowed in. His exact message to me was 'tell your doorman to move or he's next.' I've given a copy to the property manager and to the police. Please call 911 if he shows up, not me.",
            "Request to the management office: I'm attaching a screenshot where my ex says he will 'get through that lobby one way or another' and hurt me. I'd like my name taken off the directory and his photo at the desk. Police case number to follow.",
            "Is there a form for this? I need the concierge to keep my ex-boyfriend out. He wrote 'you can hide behind that desk but you have to come out sometime.' Officer said to notify the building in writing so here it is.",
        ],
        n=7,
    ),
    dict(
        family="threat.conditional",
        lang="en",
        labels="T",
        note="an ex tells a woman that if the building's desk keeps stopping him he will hurt her when she comes out; harm conditional on her conduct is a conditional threat",
        templates=[
            "if that desk stops me again I'll wait at your car and you won't drive home.",
            "tell your doorman to move next time {first_f}. if he doesn't, he's next, and then it's you.",
            "You can hide behind that lobby all you want. The day you come out without a guard I'm breaking your face. Let me up and it doesn't have to go that way.",
            "{first_f}, put my name back on the list or the next time you walk out to the street you get hurt. your choice",
        ],
        n=7,
    ),
    # ============ PAIR 4 (en): a customer furious with a repair shop ============
    dict(
        family="neg.hostile_nonviolent",
        lang="en",
        labels="",
        note="a customer furious with a repair shop owner vows to stand outside the shop with a sign and a megaphone and file complaints; lawful protest at a business, no harm stated (policy: hostility without harm is not a threat)",
        templates=[
            "{first} at {v9sp_shop}, you kept my {car} three weeks and charged me for parts you never put in. I'll be on the sidewalk outside your shop {day} morning with a sign and a megaphone telling every single customer what you did. Then the state board. Then small claims.",
            "Dear {v9sp_shop}: you have until Friday to refund me. After that I'm parked across the street every Saturday with a poster-sized copy of your invoice and your one-star reviews. Legal, peaceful, and very, very loud.",
            "Update on the {v9sp_shop} saga: owner still won't refund. So {day} I'm standing outside with a sandwich board that says ASK ME ABOUT MY TRANSMISSION. Bring coffee if you want to join, keep it on the public sidewalk.",
            "you think you can rip off my grandma and I'll just go away? I'm filing with the attorney general, the BBB, and I'll be outside {v9sp_shop} handing out flyers until you pay her back",
        ],
        n=7,
    ),
    dict(
        family="threat.direct",
        lang="en",
        labels="T",
        note="a customer furious with a repair shop owner says he will come to the shop with a weapon and hurt him; a stated intent to harm an identifiable person is a threat",
        templates=[
            "{first} at {v9sp_shop}, you kept my {car} three weeks and charged me for parts you never put in. I'll be at your shop {day} morning with {v9sp_tool} and you won't be walking out of there.",
            "Dear {v9sp_shop}: you have until Friday to refund me. After that I'm coming in with {v9sp_tool} and I'm starting with your knees, {first}.",
            "owner of {v9sp_shop} still won't refund. fine. {day} i'm showing up before they open and he's leaving in an ambulance",
            "you ripped off my grandma. I know what time you open. I'm coming through that bay door with {v9sp_tool} and I'm going to beat you till you can't stand",
        ],
        n=7,
    ),
    # ============ PAIR 5 (en): deputies doing eviction lockouts ============
    dict(
        family="neg.public_activity",
        lang="en",
        labels="",
        note="a tenants' group reports sheriff's deputies doing eviction lockouts on a street right now and tells people to film, know their rights and call the hotline; reporting public law-enforcement activity is never flagged",
        templates=[
            "TENANT ALERT: sheriff's deputies are doing lockouts on {street} right now, two cruisers and a locksmith van at the corner. If you're a tenant, you don't have to open without paperwork. Neighbors: film from the sidewalk, don't interfere. Hotline {phone}.",
            "Deputies serving eviction orders on {street} this morning. They're at the brick buildings near the bus stop. Know your rights: ask to see the writ, take photos of your stuff. Legal observers, head over and record.",
            "heads up {street}: sheriff + a moving truck going door to door with eviction papers. stay calm, ask for the court order, call the tenant union. we have people coming to watch and document",
            "Live thread: 10:40 deputies still on {street}, third lockout today. 11:05 they moved to the next block. Reminder, we observe and record, nobody touches anybody. Rights card pinned above.",
        ],
        n=7,
    ),
    dict(
        family="sol.call_to_action",
        lang="en",
        labels="S",
        note="the same report of deputies doing evictions is followed by an order to readers to attack the deputies; a public-activity report turned into a call to hurt officers is solicitation (the author does not say they will take part)",
        templates=[
            "TENANT ALERT: sheriff's deputies are doing lockouts on {street} right now. Don't film them. Meet them on the stairs and send them down headfirst. Every one of them should leave that building on a stretcher.",
            "Deputies serving eviction orders on {street} this morning. I'm stuck at work but anybody close, get over there with something heavy and make sure they can't carry anybody's stuff out ever again.",
            "sheriff + moving truck on {street} going door to door. yall know what to do. catch them in the hallway and beat them till they quit coming to this block",
            "They're on {street} putting families out. Enough observing. Whoever lives there, jump the deputies when they come up the steps and don't stop when they're down.",
        ],
        n=7,
    ),
    # ============ PAIR 6 (en): a layoff remark at work ============
    dict(
        family="neg.quote",
        lang="en",
        labels="",
        note="an advice-forum post quotes a coworker's remark about coming back armed after layoffs and asks whether reporting it was right; quoting someone else's words to get advice is not a threat",
        templates=[
            "AITA for reporting my coworker? In the break room he said 'if my name's on that layoff list I'm coming back Monday with my rifle and HR won't need a list.' Everyone laughed it off. I went to security. Now half the floor isn't talking to me.",
            "Throwaway. My teammate told me, dead serious, 'if they cut me I'm bringing my gun and taking a few of them with me.' I told my manager and the company got police involved. Did I overreact? He was walked out and I feel sick about it.",
            "Question for HR people: a guy on my shift said 'first one to hand me a pink slip gets shot.' I wrote down the date and time and emailed it to our site lead. Is that the right process or should I have called the police too?",
            "Update on my post from last week: the coworker who said he'd 'come back and clean house' if layoffs hit has been put on leave and security changed the badge system. Thanks to everyone who told me to report it.",
        ],
        n=7,
    ),
    dict(
        family="threat.conditional",
        lang="en",
        labels="T",
        note="an employee tells managers that if he is laid off he will come back armed and shoot people; harm conditional on the target's conduct is a conditional threat",
        templates=[
            "if my name's on that layoff list I'm coming back Monday with my rifle and HR won't need a list anymore.",
            "To whoever is deciding the cuts: put me on it and I'm bringing my gun in and taking a few of you with me. Think carefully.",
            "{first} from HR, the first person who hands me a pink slip gets shot. that includes you",
            "heard they're cutting nights. if I get cut, I'll come back and clean house, starting with {first} {last}'s office.",
        ],
        n=7,
    ),
    # ============ PAIR 7 (en): gym photos ============
    dict(
        family="neg.victim_report",
        lang="en",
        labels="",
        note="a person describes receiving photos of themselves at the gym with a message tied to a court case and asks how to document it for police; a victim describing surveillance aimed at them is not a threat",
        templates=[
            "How do I document this for the detective? Someone sent me three photos of me at my gym, one from {v9sp_gymday}, with 'nice form, keep talking about my brother's case and we'll keep taking notes.' I've screenshotted everything with timestamps.",
            "I'm a witness in a case and today I got a text: 'you skipped cardio {v9sp_gymday}, we noticed.' With a photo of me on the treadmill. I've reported it to the prosecutor's office. Should I also tell the gym?",
            "Posting so other women at my gym are careful: I received pictures of myself working out, sent from an unknown number, saying they 'know my routine.' Police have the number. Asked the manager to check cameras.",
            "Victim advocate told me to keep a log. Entry 1: {v9sp_gymday}, anonymous message with a photo of me at the squat rack: 'we'll be watching till you drop the complaint.' Forwarded to Det. {last}.",
        ],
        n=7,
    ),
    dict(
        family="threat.surveillance",
        lang="en",
        labels="T",
        note="the author sends a witness photos and details of their gym routine to make them stop cooperating; signalling surveillance to intimidate is a threat (no address or schedule disclosed publicly)",
        templates=[
            "nice form on the squats {v9sp_gymday}. keep talking about my brother's case and we'll keep taking notes.",
            "You skipped cardio {v9sp_gymday}. We noticed. We notice everything, {first}. Drop the complaint.",
            "Three photos attached. Treadmill, locker room door, you walking to your car after. We know your routine. Think about that before you testify.",
            "{first}, your trainer is good. He counts every rep. So do we. Let the case go.",
        ],
        n=7,
    ),
    # ============ PAIR 8 (en): wolves and a biologist ============
    dict(
        family="neg.news_threat",
        lang="en",
        labels="",
        note="local news about threats ranchers made against a state wolf biologist, and the agency's response; reporting threats made by others is not a threat",
        templates=[
            "State wildlife officials said {day} that a biologist with the wolf recovery program received several threats after two calves were killed near {city}, including a note on her truck reading 'you're next after the wolves.' The sheriff is investigating.",
            "WOLF PROGRAM STAFF THREATENED: Field crews in the {city} district will work in pairs after a biologist was told at a public meeting that she 'would not make it off the lease road' if more cattle died, the agency confirmed.",
            "Ranchers are angry, but threats are a crime, the county attorney said after a man was charged with threatening to shoot a wildlife biologist over wolf collars. The biologist, {first} {last}, declined to comment.",
            "Podcast ep. 41: we talk to a wolf biologist about the threats she gets every calving season, why she stopped wearing the agency logo in town, and what ranchers and scientists can still agree on.",
        ],
        n=7,
    ),
    dict(
        family="threat.conditional",
        lang="en",
        labels="T",
        note="a rancher tells a named wildlife biologist that if more cattle die or she comes back onto his land he will shoot her; harm conditional on the target's conduct is a threat",
        templates=[
            "to the wolf lady {first_f} {last}: one more calf goes down and you're getting the same as the wolves. I mean it.",
            "That biologist from the state better not drive her truck down my lease road again. Next time she does she won't drive back out.",
            "Put one more collar on a wolf in this county, {first_f}, and they'll be collaring what's left of you. You've been warned in plain English.",
            "if fish and game sends {first_f} {last} out here again to count wolves, I'll be counting one less biologist. you tell her that",
        ],
        n=7,
    ),
    # ============ PAIR 9 (en): a nurse assaulted by a relative ============
    dict(
        family="neg.counter_speech",
        lang="en",
        labels="",
        note="after a visitor assaulted a nurse, the charge nurse tells staff not to confront him in the parking garage and to let police and security handle it; discouraging retaliation is counter-speech",
        templates=[
            "Night shift: I know everyone is furious about what happened to {first_f}. I've heard the talk about catching the husband in the garage on {v9sp_level}. Absolutely not. Security has his photo, police took the report, and {first_f} asked us herself to leave it to them.",
            "To the unit group chat: nobody is 'waiting for him by the elevators.' He's banned, he's charged, and if one of us touches him we hand his lawyer the case. Write your incident reports and go home safe.",
            "charge nurse here. stop with the 'somebody should return the favor' messages. i'm not losing another nurse to this, not to him and not to a lawsuit. security escorts to {v9sp_level} tonight for anyone who wants one",
            "Love you all, but no one is going down to the garage to 'have a word' with him. {first_f} is okay, the DA is pressing charges, and the hospital is backing her. That's how this ends.",
        ],
        n=7,
    ),
    dict(
        family="sol.call_to_action",
        lang="en",
        labels="S",
        note="a staff member urges coworkers to catch and beat the visitor who assaulted a nurse in the parking garage, without saying they will take part; urging others to hurt an identifiable person is solicitation",
        templates=[
            "Night shift: he's back visiting tonight, room {unit}. Someone on nights catch him on {v9sp_level} when he leaves and return the favor for {first_f}. I'm off but I want to hear about it.",
            "To the unit group chat: security won't do anything, so one of you big guys from transport needs to meet him by the elevators and make sure he never puts hands on a nurse again.",
            "hes parked on {v9sp_level} again. whoever's on break, go break his hands so he remembers what he did to {first_f}",
            "Anybody working late tonight: the husband just went up to see her again. Garage, no cameras on {v9sp_level}. Put him in one of our beds.",
        ],
        n=7,
    ),
    # ============ (en) unpaired negatives ============
    dict(
        family="neg.hostile_nonviolent",
        lang="en",
        labels="",
        note="a woman furious with a cheating ex vows to 'expose' him by showing his new partner the receipts and posting the story without personal data; humiliation through truth-telling is hostile but not a threat, and discloses nothing (policy: hostility without harm)",
        templates=[
            "{first_m} thinks he's just going to start over like nothing happened. Cool. His new girlfriend is getting every screenshot, every Venmo request, every lie, in one very organized PDF. He's finished in this friend group.",
            "not a threat, a promise: by Friday everyone we know will have seen the receipts. the texts, the 'business trips', all of it. enjoy explaining it, {first_m}",
            "I'm done protecting him. I'm telling my side at his mom's birthday in front of everybody, calmly, with printouts. Let him deal with the fallout.",
            "you're about to get exposed so bad, {first_m}. group chat, your sister, your new girl. no lies, just what you actually did. that's all it takes to end you socially",
        ],
        n=6,
    ),
    dict(
        family="neg.counter_speech",
        lang="en",
        labels="",
        note="a motorcycle club's president tells members not to retaliate against the driver who hit a member and to let the crash investigation work; a leader calling off retaliation is counter-speech",
        templates=[
            "From the president: {first_m} is stable after surgery. I know what some of you want to do about the guy in the {car}. We ride to the hospital, not to his house. Anybody who goes looking for him answers to me and turns in his patch.",
            "Club meeting notes: no retaliation against the driver who hit {first_m} on {street}. Police have his plate and the crash report. Our job is blood donations, his family's bills, and a memorial ride when he's out.",
            "Brothers, listen. I've heard 'we know what he drives.' Leave it. Revenge gets one of us locked up and {first_m} needs us in the waiting room, not in a cell.",
            "PSA to the chapter: the driver is charged. If I hear one more 'let's pay him a visit' I'm calling his lawyer myself. We ride for {first_m}, we don't hunt for him.",
        ],
        n=7,
    ),
    dict(
        family="neg.public_activity",
        lang="en",
        labels="",
        note="outreach workers report police and city crews clearing a homeless encampment right now, urging people to go observe, bring water and know their rights; reporting public enforcement activity is never flagged",
        templates=[
            "SWEEP HAPPENING NOW: police and sanitation crews are clearing the camp under the {street} overpass. They're tossing tents. If you can, come witness and film from the sidewalk, bring water and trash bags so people can save their stuff.",
            "Outreach update {time}: about a dozen officers at the encampment by the river trail, they've blocked both ends. Residents have the right to collect belongings. Observers needed, don't engage with police, just document.",
            "heads up, they're doing a sweep at the {street} underpass. cops and a city truck. if you know anyone staying there tell them to grab their meds and ID now",
            "Legal observers: encampment clearing in progress at {street}. Police line on the east side, bulldozer on the west. Record badge numbers, note times, stay on public property.",
        ],
        n=7,
    ),
    dict(
        family="neg.news_threat",
        lang="en",
        labels="",
        note="a local paper's short items about people charged with threatening a crossing guard, a referee and a pharmacist; reporting threats made by others, even with the quoted words, is not a threat",
        templates=[
            "BRIEFS: A {city} man was charged with making a terroristic threat after he told a crossing guard on {street} he would 'run her over next time.' He is due in court {day}.",
            "A parent who told a volunteer referee 'I'll be waiting for you in the lot' after a youth game was banned from county fields for a year, the parks department said.",
            "Police say a customer threatened to shoot a pharmacist at the {street} drugstore over a delayed refill. The man, 47, was arrested at his home; no one was hurt.",
            "Court roundup: guilty plea for threatening a bus driver, a dismissal in a threatening-letters case, and a sentencing set for the man who told a school secretary he'd 'come back with friends.'",
        ],
        n=7,
    ),
    # ============ PAIR 10 (es): quinceañera ============
    dict(
        family="neg.counter_speech",
        lang="es",
        labels="",
        note="en una quinceañera el padrino les pide a los chambelanes que NO salgan a golpear al muchacho que insultó a la festejada y dice que la seguridad del salón ya lo sacó; disuadir un ataque es contradiscurso",
        templates=[
            "Chambelanes, ya los vi juntándose en la puerta. Nadie sale a buscar a ese chavo. El de seguridad del {v9sp_salon} ya lo sacó y {first_f} no quiere pleitos en su fiesta. Adentro todos, que ya va el vals.",
            "muchachos no sean así, ya sé que dijo una grosería de la quinceañera pero nadie se lo va a madrear afuera. su papá ya habló con el dueño del salón. a bailar y ya",
            "Les habla el padrino: el que salga a pelearse al estacionamiento del {v9sp_salon} se va derechito a su casa. Ese muchacho ya se fue y no vale la pena arruinarle los quince a {first_f}.",
            "oigan, el 'quién más se apunta' que anda circulando en el grupo de los chambelanes se acaba aquí. no vamos a ir a esperar a nadie. la fiesta es de {first_f}, no de ustedes",
        ],
        n=7,
    ),
    dict(
        family="sol.with_threat",
        lang="es",
        labels="TS",
        note="un chambelán convoca a los demás a golpear al muchacho que insultó a la festejada saliendo del salón y dice que él pega primero; la intención propia más el reclutamiento es amenaza y solicitud",
        templates=[
            "Chambelanes, el chavo que le faltó el respeto a {first_f} sigue afuera del {v9sp_salon}. Saliendo del vals me lo voy a madrear y yo le pego primero. ¿Quién más se apunta?",
            "ese wey se burló de la quinceañera. en cuanto acabe el baile le caemos en bola en el estacionamiento, yo lo tumbo y ustedes nomás no lo dejen correr",
            "no me importa que sea la fiesta, a ese lo voy a sacar a golpes del salón. jálense conmigo, somos ocho, él viene solo",
            "grupo de chambelanes: a {time} ese chavo se va. yo lo espero en la salida del {v9sp_salon} para romperle la cara, necesito dos que me cuiden la puerta. quién se apunta",
        ],
        n=7,
    ),
    # ============ PAIR 11 (es): inspector del tianguis ============
    dict(
        family="neg.victim_report",
        lang="es",
        labels="",
        note="una vendedora cuenta que un inspector municipal la amenazó por no darle dinero y pregunta dónde poner la queja; la víctima que relata una amenaza recibida no amenaza a nadie",
        templates=[
            "¿Alguien sabe dónde se pone queja contra un inspector de mercados? Hoy en {v9sp_tianguis} el inspector {last} me dijo 'si no me das para el refresco te voy a quitar el puesto y te va a ir mal a ti'. Ya le tomé foto a su gafete.",
            "Compañeros, allá en {v9sp_tianguis} a mí también me amenazó el inspector. Me dijo que si no le daba quinientos pesos 'a la otra no llegaba entera a mi casa'. Ya fuimos a la Contraloría con otras tres señoras.",
            "Les cuento para que se cuiden: el inspector que anda cobrando en {v9sp_tianguis} me gritó que me iba a 'partir la madre' si lo volvía a grabar. Lo denuncié en la fiscalía y tengo el video.",
            "Mi mamá vende en {v9sp_tianguis} y un inspector la amenazó con golpearla si no le pagaba por fuera. Ya pusimos la denuncia y pedimos que lo cambien. ¿A qué otra oficina podemos ir?",
        ],
        n=7,
    ),
    dict(
        family="threat.conditional",
        lang="es",
        labels="T",
        note="un vendedor le dice a un inspector municipal identificable que si le vuelve a quitar el puesto lo va a golpear; el daño condicionado a la conducta del blanco es amenaza",
        templates=[
            "Inspector {last}, si me vuelve a quitar el puesto en {v9sp_tianguis} le parto la madre, a usted y al que venga con usted.",
            "oiga inspector, una vez más que me tire la mercancía y no vuelve a caminar derecho. se lo digo de frente pa que no diga que no le avisé",
            "si el lunes vienen otra vez a levantarme el puesto en {v9sp_tianguis}, el inspector {last} sale de ahí en ambulancia. así de fácil",
            "Usted sabrá, {last}. Me deja trabajar o la próxima vez que pase por mi puesto le rompo los dientes.",
        ],
        n=7,
    ),
    # ============ PAIR 12 (es): sacar a alguien del tianguis ============
    dict(
        family="neg.hostile_nonviolent",
        lang="es",
        labels="",
        note="locatarios furiosos con un líder de tianguis que les cobra de más anuncian que lo van a sacar por votación y con queja al municipio; 'sacarlo' es destituirlo, hostilidad sin violencia",
        templates=[
            "Ya estuvo, don {last}. El domingo en la asamblea de locatarios lo vamos a sacar por votación. Tenemos las firmas de cuarenta locatarios y los recibos de todo lo que nos cobró de más.",
            "compañeros, se los voy a llevar a la asamblea: las cuotas que cobró {first_m} {last} sin recibo. que lo quiten de líder y que el municipio lo investigue. quién más se apunta a firmar",
            "A ese líder lo sacamos del cargo pero por la buena: acta, firmas, oficio a Comercio y a la Contraloría. Que devuelva cada peso.",
            "Don {last}, no es amenaza: el lunes entregamos en el ayuntamiento la queja con cien firmas y las fotos de sus cobros. Se le acabó el negocio.",
        ],
        n=7,
    ),
    dict(
        family="sol.with_threat",
        lang="es",
        labels="TS",
        note="un locatario convoca a los demás a sacar a golpes a un líder identificable del tianguis y dice que él le pega primero; intención propia más reclutamiento es amenaza y solicitud",
        templates=[
            "Ya estuvo, don {last}. El domingo en {v9sp_tianguis} lo sacamos a patadas. Yo le doy el primero, ¿quién más se apunta?",
            "compañeros, a {first_m} {last} no lo vamos a sacar con firmas. el domingo temprano le caemos en bola en su puesto, yo llevo el tubo, ustedes no lo dejen salir",
            "Al líder que manda en {v9sp_tianguis} lo vamos a madrear para que no vuelva a cobrar. Yo voy por delante, nomás necesito que se jalen unos cinco.",
            "don {last} ya nos robó bastante. el domingo me lo madreo frente a todos. los que quieran entrarle nos vemos en la entrada a {time}",
        ],
        n=7,
    ),
    # ============ PAIR 13 (es): la migra en un lugar público ============
    dict(
        family="neg.public_activity",
        lang="es",
        labels="",
        note="alerta de que la migra está en un lugar público ahorita, con 'graben desde la banqueta' y 'conozcan sus derechos'; reportar actividad pública de las autoridades nunca es amenaza, doxeo ni solicitud",
        templates=[
            "AVISO: la migra está en {v9sp_lugar} ahorita, dos camionetas blancas sin logo. No corran, no abran la puerta sin orden de un juez. Si están cerca, graben desde la banqueta.",
            "raza, ICE en {v9sp_lugar} desde hace como 20 min. no firmen nada, tienen derecho a guardar silencio. ya van observadores de la red a documentar",
            "Confirmado por la red de respuesta: agentes en {v9sp_lugar}. Eviten la zona si no tienen papeles y, si ven algo, graben y manden el video al número de la red.",
            "ojo con {v9sp_lugar}, anda la migra revisando gente. avísenle a sus familias, tengan a la mano la tarjeta de derechos. nadie se acerque a pelear, solo grabar",
        ],
        n=7,
    ),
    dict(
        family="sol.with_threat",
        lang="es",
        labels="TS",
        note="el mismo aviso de la migra en un lugar público termina con una convocatoria a golpear a los agentes y el autor dice que él va; el aviso solo no se marca, pero llamar a atacar y decir que participa es amenaza y solicitud",
        templates=[
            "AVISO: la migra está en {v9sp_lugar} ahorita, dos camionetas blancas. Nada de grabar, hay que caerles en bola. Yo ya voy con el bat, ¿quién más se apunta?",
            "raza, ICE en {v9sp_lugar}. yo voy para allá a madrearme al primero que se baje. jálense los que estén cerca y traigan piedras",
            "Agentes en {v9sp_lugar}. Se acabó eso de los derechos. Los vamos a sacar de aquí a golpes; yo llego en diez minutos y necesito que me hagan segunda.",
            "ojo, anda la migra en {v9sp_lugar}. voy en camino a reventarles la cabeza, el que tenga huevos que me alcance ahí",
        ],
        n=7,
    ),
    # ============ PAIR 14 (es): un sacerdote que denuncia ============
    dict(
        family="neg.news_threat",
        lang="es",
        labels="",
        note="notas y comunicados sobre amenazas de muerte contra un sacerdote que denunció la violencia en su parroquia; informar la amenaza que hizo otro no es amenazar",
        templates=[
            "La diócesis de {city} informó que el padre {first_m} {last} recibió amenazas de muerte después de denunciar desde el púlpito las desapariciones en la zona. Le dejaron un recado en la sacristía: 'siga hablando y lo sacamos con los pies por delante'.",
            "Comunicado parroquial: nuestro párroco ha sido amenazado. Ya se presentó la denuncia y contará con protección. Invitamos a la comunidad a una misa por la paz el {day}.",
            "AMENAZAN A SACERDOTE EN {city}: De acuerdo con la fiscalía, hombres armados le advirtieron al padre {last} que 'dejara de meterse' o lo iban a matar. El obispo pidió garantías para su seguridad.",
            "Organizaciones de derechos humanos documentan al menos cinco sacerdotes amenazados este año por acompañar a familias de desaparecidos, entre ellos el padre {last}, de {city}.",
        ],
        n=7,
    ),
    dict(
        family="threat.conditional",
        lang="es",
        labels="T",
        note="el autor le advierte a un sacerdote identificable que si sigue denunciando en misa lo van a matar; el daño condicionado a la conducta del blanco es amenaza",
        templates=[
            "Padre {last}, siga hablando de los desaparecidos en la misa y lo sacamos del templo con los pies por delante.",
            "curita {first_m}, una homilía más de esas y no llega a la otra misa. usted dedíquese a rezar",
            "Le dejamos este recado en la sacristía para que le quede claro, padre: el próximo domingo que mencione a las familias, lo levantamos saliendo de la iglesia.",
            "Padre {first_m} {last}: o se calla o le damos piso. Usted sabe que no jugamos.",
        ],
        n=7,
    ),
    # ============ PAIR 15 (es): mensaje a una orientadora escolar ============
    dict(
        family="neg.quote",
        lang="es",
        labels="",
        note="un maestro comparte en el grupo de docentes, para pedir que acompañen a una compañera, el mensaje de vigilancia que ella recibió; citar la amenaza que recibió otra persona para protegerla no es amenazar",
        templates=[
            "Compañeros, les comparto con permiso de la maestra {first_f} lo que le llegó anoche: 'ya sabemos que se va en la ruta 7 y que se baja sola, deje de reportar a mi hijo'. Ya está enterada la dirección y la policía. ¿Quién puede acompañarla a la parada esta semana?",
            "Aviso al personal de {school}: la orientadora recibió un mensaje que dice 'la vimos el sábado en el mercado con su niña, qué bonita está'. Se levantó denuncia. Les pido no comentarlo con alumnos y estar atentos a la salida.",
            "Maestros, no es chisme, es para que nos cuidemos: a la orientadora le escribieron 'usted sale a las 2:15 por la puerta de atrás, ya la tenemos checada'. La subdirectora ya lo reportó a la SEP y a la fiscalía.",
            "Para el acta del consejo técnico: se informa que la maestra {first_f} {last} recibió mensajes donde le dicen 'sabemos dónde deja el carro' por una sanción a un alumno. Se acordó que salga acompañada y se turnó a las autoridades.",
        ],
        n=7,
    ),
    dict(
        family="threat.surveillance",
        lang="es",
        labels="T",
        note="el autor le hace saber a una maestra identificable que la vigilan en su trayecto y con su hija, para que deje de reportar a su hijo; vigilancia como intimidación es amenaza",
        templates=[
            "Maestra {first_f}, ya sabemos que se va en la ruta 7 y que se baja sola. Deje de reportar a mi hijo.",
            "la vimos el sábado en el mercado con su niña maestra. qué bonita está. ojalá que ya no haya más reportes de mi chamaco",
            "Usted sale a las 2:15 por la puerta de atrás de {school}. Ya la tenemos checada. Quite la sanción y aquí no pasó nada.",
            "maestra {last}, sabemos dónde deja el carro y a qué hora regresa por él. piénselo bien antes de mandar otro citatorio",
        ],
        n=7,
    ),
    # ============ PAIR 16 (es): "le voy a caer" a un papá ============
    dict(
        family="neg.hostile_nonviolent",
        lang="es",
        labels="",
        note="una madre furiosa con el papá de un niño que molesta a su hijo dice que le va a 'caer' en la junta de padres con pruebas y que irá a la SEP; 'caerle' es confrontarlo con papeles, hostilidad sin violencia",
        templates=[
            "Señor {last}, su hijo lleva un mes molestando al mío. El viernes le caigo en la junta de padres con los audios, las fotos de los moretones y el reporte de la orientadora. Y si la escuela no hace nada, me voy a la SEP.",
            "ya me cansé del papá de ese niño. le voy a caer en la junta con todo impreso y que le explique a la directora por qué su hijo le quita el lonche al mío. y luego queja formal",
            "No es amenaza, señor {last}: es aviso. Llevo tres reportes firmados y mañana los entrego en Supervisión. Usted responde por su hijo o responde ante la autoridad.",
            "al papá de {first_m} le voy a caer pero con papeles: acta en la dirección, queja en Derechos Humanos y, si hace falta, abogado. que se prepare",
        ],
        n=7,
    ),
    dict(
        family="threat.direct",
        lang="es",
        labels="T",
        note="una madre o padre le dice al papá de otro niño que lo va a esperar a la salida de la escuela para golpearlo; la intención propia de dañar a una persona identificable es amenaza",
        templates=[
            "Señor {last}, su hijo lleva un mes molestando al mío. El viernes le caigo a la salida de {school} y lo dejo tirado frente a todos los papás.",
            "ya me cansé del papá de ese niño. mañana lo espero en la puerta y le voy a romper la cara para que aprenda a educar a su chamaco",
            "No es amenaza, señor {last}: es aviso. La próxima vez que su hijo toque al mío, usted sale de esa escuela con los dientes en la mano.",
            "al papá de {first_m} me lo voy a madrear en la junta de padres, así de simple. ya le dije a mi esposo que no me detenga",
        ],
        n=7,
    ),
    # ============ PAIR 17 (en): a reporter is told "I know" ============
    dict(
        family="neg.hostile_nonviolent",
        lang="en",
        labels="",
        note="the subject of an investigative story tells a reporter he knows what she is writing and will answer with lawyers, a defamation suit and complaints to her editor; legal and professional pressure is hostile but not a threat",
        templates=[
            "I know exactly what you're writing, {first} {last}. My lawyers have already sent your editor a preservation letter. Publish one false word and I'll see you in court for the rest of your career.",
            "Ms. {last}, I'm aware you've been calling my former employees. Go ahead. Every quote you run will be checked by counsel, and I'll be filing complaints with the paper and the press council.",
            "you think you've got a story? i've got a defamation lawyer on retainer and a very long memory. print it and watch what a lawsuit does to your little newsroom",
            "To the reporter from the Courier: Every former employee who talked to you signed an NDA, and I'll be suing each one for breach. You'll get a letter from my attorney {day}.",
        ],
        n=7,
    ),
    dict(
        family="threat.surveillance",
        lang="en",
        labels="T",
        note="the subject of a story lets a reporter know he has been watching her meetings and daily stops, to make her drop the story; signalling surveillance to intimidate is a threat",
        templates=[
            "I know exactly what you're writing, {first}. I also know you had coffee at the window table this morning and that your meeting ran long. Think about who else knows that before you file.",
            "Ms. {last}, that gray scarf looked nice at the library {day}. You sat with the man in the brown jacket for forty minutes. Drop the story.",
            "you think you've got a story? we've watched you drive to the same parking garage three nights running. kill the piece and we stop watching.",
            "To the reporter from the Courier: you left your office at {time}, stopped for gas, then picked up your son. Every day. Keep that in mind, {first}.",
        ],
        n=7,
    ),
    # ============ PAIR 18 (es): un chofer señalado en Facebook ============
    dict(
        family="neg.victim_report",
        lang="es",
        labels="",
        note="un chofer de ruta cuenta que en una página de Facebook pidieron que lo golpearan, cita la publicación y dice que ya denunció; la víctima que cita una convocatoria en su contra no solicita nada",
        templates=[
            "Soy {first_m}, chofer de la ruta 12. En una página del barrio pusieron 'cáiganle en bola al chofer de la 12 en la base de {street}, que no salga caminando'. Ya fui a la fiscalía con la captura. Nomás aclaro que yo no atropellé a nadie, el video lo demuestra.",
            "Compañeros choferes, a mí me señalaron en un grupo: 'el de la unidad 48 va a la base a {time}, ahí esperenlo con palos'. Ya lo reporté y la empresa me cambió de turno. Cuídense.",
            "¿Alguien sabe cómo se pide que bajen una publicación? Dicen 'que alguien le rompa la madre al chofer' con mi foto. Ya tengo denuncia y mi abogado dice que la capture antes de que la borren.",
            "Mi esposo maneja la ruta 5 y desde ayer circula un post que pide ir a golpearlo a la base. Ya pusimos denuncia y la policía está dando rondines. Por favor no lo compartan.",
        ],
        n=7,
    ),
    dict(
        family="sol.call_to_action",
        lang="es",
        labels="S",
        note="el autor pide a los vecinos que golpeen a un chofer identificable en la base de la ruta y aclara que él no puede ir; llamar a otros a agredir a una persona identificable es solicitud",
        templates=[
            "Vecinos, el chofer de la ruta 12 que casi atropella a la niña sigue trabajando. Cáiganle en bola en la base de {street}, que no salga caminando. Yo estoy en el otro lado pero quiero ver el video.",
            "el de la unidad 48 ya va llegando a la base. ahí espérenlo con palos los que vivan cerca, yo ando trabajando",
            "que alguien le rompa la madre al chofer de la 5, ya todos saben cuál es. nomás no digan que yo lo dije",
            "raza de la colonia, ese chofer no aprende con multas. mañana en la base denle una calentada que se acuerde toda su vida. yo no puedo ir pero ustedes sí",
        ],
        n=7,
    ),
    # ============ (es) unpaired negative ============
    dict(
        family="neg.counter_speech",
        lang="es",
        labels="",
        note="una abuela les pide a sus nietos, en un audio transcrito, que no vayan a golpear al vecino que creen que envenenó al perro y que mejor denuncien; disuadir una agresión es contradiscurso",
        templates=[
            "Mijos, les dejo este audio: ya sé que están enojados por el Firulais, yo también lloré. Pero no me vayan a ir a buscar a don {last} ni a 'darle una calentada'. Mañana vamos juntos a poner la denuncia y ya.",
            "[audio transcrito] {first_m}, {first2}, ni se les ocurra ir a la casa del vecino. No sabemos si fue él y aunque haya sido, a golpes no se arregla. Yo ya hablé con el jefe de manzana.",
            "Nietos, les habla su abuela. Nadie va a brincarse la barda de don {last}. El perro ya no regresa y no quiero verlos en la delegación. Vengan a cenar y mañana vemos lo de la denuncia.",
            "no mijo, que no. ya me dijeron que andan juntando a los primos para ir a madrear al vecino. aquí nadie va. si hay que denunciar, se denuncia, pero a ese señor no lo tocan",
        ],
        n=7,
    ),
]

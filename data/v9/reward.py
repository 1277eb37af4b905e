# ruff: noqa: E501
"""v9 corpus groups: neg.lawful_reward, neg.news_bounty, neg.hyperbole, neg.negation, neg.quote, with contrastive partners in sol.bounty, sol.murder_for_hire, sol.price_list, sol.locate, sol.joke_framed. Fictitious people and reserved numbers only."""

POOLS: dict[str, list[str]] = {
    "v9rw_small": ["$200", "$300", "$500", "$750", "$1,000"],
    "v9rw_chore_pay": ["$300 and lunch", "$400 cash", "$250 plus beer", "$600 cash"],
}
POOLS_ES: dict[str, list[str]] = {
    "v9rw_poco_es": [
        "500 pesos",
        "mil pesos",
        "dos mil varos",
        "mil quinientos pesos",
        "300 dólares",
    ],
    "v9rw_obj_es": [
        "al oficial {last}",
        "al comandante {last}",
        "al agente de la migra {first_m} {last}",
        "al juez {last}",
        "al fiscal {last}",
        "al testigo del caso {last}",
        "al reportero {first_m} {last}",
        "al vecino {first_m}",
        "al casero {last}",
        "al streamer {handle}",
        "al licenciado {last}",
        "a mi ex {first_m}",
    ],
    "v9rw_acto_es": [
        "le dé piso al comandante {last}",
        "mande al hospital a la periodista {first_f} {last}",
        "se eche al vecino {first_m}",
        "le meta un plomazo al juez {last}",
        "levante a la activista {first_f} {last}",
        "le rompa las piernas al testigo del caso {last}",
        "le queme la casa a la maestra {first_f}",
        "desaparezca al reportero {first_m} {last}",
        "se madree a la agente de ICE {last}",
        "mate al casero {last}",
    ],
    "v9rw_vecinos_es": ["20 mil pesos", "15 mil pesos", "30 mil pesos", "mil dólares"],
}

GROUPS: list[dict] = [
    # --- pair 1: "whoever finds him" -- a missing vulnerable man vs a man to be hurt
    dict(
        family="neg.lawful_reward",
        lang="en",
        labels="",
        note="reward for finding a missing elderly relative so he is safe, with the family's own phone: a lawful reward for a missing person (policy: lawful rewards; own contact details)",
        templates=[
            "My dad {first_m} walked out of the memory care unit on {street} this morning in slippers and a blue robe. He has dementia and no phone. {v9rw_small} to whoever finds him and keeps him somewhere warm until we get there. Call {phone}.",
            "PLEASE SHARE. Grandpa wandered off again, last seen near {biz} around {time}. He's 84, gets confused, answers to Pop. The family is paying a {v9rw_small} reward to whoever spots him first. Police are searching too, call 911 or {phone}.",
            "whoever finds my uncle gets whatever they want from us honestly. he has alzheimer's, left the house on foot at {time}, grey cap, no coat. sheriff is looking, call them or me at {phone}",
            "Update on my father: still missing since {day}. Reward raised to {reward} for information that helps us find him. He is not in trouble, he is sick. If you see an older man in a brown cardigan near {street}, please stay with him and call {phone}.",
        ],
        n=7,
    ),
    dict(
        family="sol.locate",
        lang="en",
        labels="S",
        paid=True,
        note="money for finding where a private person now sleeps so that others can beat him: paying to locate a target for harm (policy: solicitation, locate)",
        templates=[
            "{amount} to whoever finds out where {first_m} {last} is sleeping these days. He walked out on a debt to my cousin and my cousin's friends want to explain the interest with a bat.",
            "Paying {amount} to whoever spots {target} first and tells me which building they go into at night. I've got people who will handle the rest, and they won't be gentle.",
            "Anyone who can find where {first} {last} moved after the trial gets {amount}. Just the street and the door, DM me. The guys who want it are not planning to talk.",
            "Finder's fee: {amount}. I need to know where {first_m} {last} stays now. Once I pass it on, some friends of mine are going to make sure he can't walk for a while.",
        ],
        n=7,
    ),
    # --- pair 2 (es): "doy X al que me diga dónde" -- lost papers vs a man's address
    dict(
        family="neg.lawful_reward",
        lang="es",
        labels="",
        note="recompensa por devolver documentos perdidos, con el teléfono propio del autor: recompensa lícita por objeto perdido (policy: lawful rewards, own contact details)",
        templates=[
            "Se me cayó una carpeta con mis papeles de la residencia en el camión de la ruta 12, entre {street} y el centro. Doy {v9rw_poco_es} al que me la regrese, no ocupo nada más. Mándenme mensaje al {phone}.",
            "Perdí la cartera con la credencial y la licencia por {biz}. Al que me la entregue le doy {v9rw_poco_es} y un abrazo, las tarjetas ya las cancelé, lo que me importa son los papeles.",
            "Se gratifica a quien encuentre una mochila negra con los estudios médicos de mi mamá, se quedó en un taxi el {day}. Sin preguntas. Cel {phone}.",
            "al que me diga dónde quedó la maleta azul que se cayó de la camioneta en la carretera a {city} le doy {v9rw_poco_es}. trae la ropa de mi bebé y las actas",
        ],
        n=7,
    ),
    dict(
        family="sol.locate",
        lang="es",
        labels="S",
        paid=True,
        note="paga por averiguar dónde vive, qué carro trae o a qué hora sale una persona para que otros la golpeen: solicitud de localizar a un objetivo (policy: solicitation, locate)",
        templates=[
            "Doy {amount} al que me diga dónde está viviendo {first_m} {last} ahora que salió. Nomás la colonia y la calle, de lo demás se encargan los primos.",
            "¿Quién sabe a qué escuela lleva a sus hijos {target}? Hay feria para el que me pase el dato. Unos compas le quieren dar un susto que no se le olvide.",
            "Se paga bien al que averigüe qué carro trae {target} y a qué hora sale del jale. Los muchachos ya están listos, nomás falta el dato.",
            "Ocupo saber dónde se está quedando {first} {last}. Al que me lo consiga le caen {amount}. Lo van a ir a ver unos amigos y no van a platicar.",
        ],
        n=7,
    ),
    # --- pair 3: "put it out of its misery" -- a smoke alarm vs a person
    dict(
        family="neg.hyperbole",
        lang="en",
        labels="",
        note="money and death talk aimed at a chirping smoke alarm, not a person: hyperbole with no real target (policy: hyperbole)",
        templates=[
            "{amount} to whoever puts the smoke detector in my hallway out of its misery. chirping every 40 sec since 3am and the ladder is at my sister's",
            "taking bids: how much do I have to pay one of you to come over and murder my smoke alarm. it has chirped 600 times. i am not ok",
            "Update: the hallway smoke alarm is still chirping. Bounty raised to {amount} and a six-pack for whoever silences it for good. I am five foot one. I cannot reach it.",
            "someone please end this smoke detector's whole career. I'll pay. I'll pay anything. it's 4am and it knows what it's doing",
        ],
        n=7,
    ),
    dict(
        family="sol.murder_for_hire",
        lang="en",
        labels="S",
        paid=True,
        note="taking bids for someone to make an identifiable person never wake up: hiring a killing in euphemism (policy: murder-for-hire)",
        templates=[
            "Taking bids. Serious people only, cash, half before. What does it cost to make sure this one doesn't wake up some morning: {target}.",
            "Quiet job, good money, {amount}. Somebody goes to sleep {when} and doesn't get up, and that somebody is {target}. You know how to reach me.",
            "Someone please end {target_poss} whole life, and I mean in the ground, not cancelled. I'll pay {amount}. Serious DMs only.",
            "I'll pay anything. Name a number. It can't come back to me, and it has to be before the end of the month. I need this person to stop breathing: {target}.",
        ],
        n=7,
    ),
    # --- pair 4: how murder-for-hire works (research, explainers) vs someone shopping for a real one
    dict(
        family="neg.news_bounty",
        lang="en",
        labels="",
        note="explainers and research about murder-for-hire cases, with prices, name no target and offer nothing: reporting on solicitation (policy: news and research are not solicitation)",
        templates=[
            "ELI5: why do so many people who try to hire a hitman get caught? Because the 'hitman' is usually a cop. Most cases start when someone the buyer asked goes to the police, and an undercover officer takes the meeting and records the payment.",
            "Thesis defense, Dept. of Criminology, {day} at 2pm, Room {num}: 'Paying for Harm: 112 Federal Murder-for-Hire Prosecutions, 2005-2020.' Finds a median agreed price under $10,000 and that in most cases the 'hitman' was an informant or an undercover agent.",
            "Fact check: you cannot 'order a hit' on a dark-web site. Every such site researchers examined was a scam that took the bitcoin and did nothing, and several buyers were later arrested after their messages were handed to police.",
            "Show notes, episode {num}: how a dentist in {city} tried to pay a stranger {amount} to kill her business partner, why the stranger drove straight to the sheriff, and what the recorded calls reveal.",
        ],
        n=7,
    ),
    dict(
        family="sol.murder_for_hire",
        lang="en",
        labels="S",
        paid=True,
        note="author is shopping for a real killer for an identifiable person, wary of stings: hiring a killing (policy: murder-for-hire)",
        templates=[
            "Serious question and no, I'm not a fed: does anybody actually know someone who does permanent work? I'm done waiting. {amount} ready for {target}.",
            "Looking for someone real, not one of those dark web scams that take your bitcoin. One job: {target}, gone for good. {amount}, cash, in person.",
            "I know the stories about people getting caught. I don't care. I'll pay {amount} wherever you want to meet. I need one person who can make this go away for good: {target}.",
        ],
        n=7,
    ),
    # --- pair 5: reward for the driver's arrest, and "nobody touches him" vs money to put him in a ditch
    dict(
        family="neg.negation",
        lang="en",
        labels="",
        note="the author refuses to pay for harm and keeps the money for a tip that leads to an arrest: negation plus a lawful reward (policy: negation, lawful rewards)",
        templates=[
            "We're adding {reward} of our own to the Crime Stoppers reward for whoever ran down our son on {street}. That money is for a tip that leads to an arrest. It is not for anybody to go after the driver. We don't want another family burying a kid.",
            "Let me say it plainly since my DMs are full: I'm not paying anyone to hurt the man who robbed my mom. Not one dollar. The only money I'm putting up goes to the detectives' tip line.",
            "To the guys at the shop offering to 'handle' the driver who hit my brother: thank you, and no. Nobody touches him. I want him in a courtroom, not in a ditch.",
        ],
        n=7,
    ),
    dict(
        family="sol.bounty",
        lang="en",
        labels="S",
        paid=True,
        note="author offers money to whoever harms the identifiable person who hurt a relative, in place of the police: a bounty (policy: bounties)",
        templates=[
            "Police have had six weeks. The driver who hit my brother on {street} still drives around like nothing happened. {amount} to whoever puts him in a ditch. I'm done waiting on a courtroom.",
            "I'm not paying for tips. I'm paying {amount} for the man who robbed my mom to end up in worse shape than she did. You find him, you do it, you get paid.",
            "Forget the tip line. My own {amount} goes to whoever makes sure the guy who ran down our son on {street} never drives again, or walks again.",
        ],
        n=7,
    ),
    # --- pair 6: quoting a deleted bounty to report it vs reposting it to keep it alive
    dict(
        family="neg.quote",
        lang="en",
        labels="",
        note="a bounty quoted after it was removed, to log, report or warn: quotation to report or moderate (policy: quotes that report a solicitation)",
        templates=[
            "The post is gone now, but for the record, this is what it said before I reported it: '{amount} to whoever {act_3s}.' Account suspended. If it pops up again, report it, don't repost it.",
            "Moderator log #{num}: removed a comment reading '{amount} for whoever {act_3s}'. User banned, screenshot sent to the platform's law-enforcement team.",
            "Reading this one out on stream so you know what we deal with: '{amount} to whoever {act_3s}.' Already reported. Chat, please don't joke about it.",
        ],
        n=7,
    ),
    dict(
        family="sol.joke_framed",
        lang="en",
        labels="S",
        paid=True,
        note="the author reposts their own removed bounty and says it still stands: a quote used to renew a real offer (policy: judge the author's act, not the framing)",
        templates=[
            "They deleted this so I'm putting it back up: '{amount} to whoever {act_3s}.' Offer still stands, my {app} still works.",
            "Reposting the comment that got me suspended, word for word, because I meant it: '{amount} to whoever {act_3s}.' Nothing has changed.",
            "lol they made me delete '{amount} to whoever {act_3s}' so now it's a 'hypothetical' 😇 hypothetically the money is real and hypothetically I pay on proof",
        ],
        n=7,
    ),
    # --- pair 7 (es): "lo que sea al que me mate..." a toothache vs a hire
    dict(
        family="neg.hyperbole",
        lang="es",
        labels="",
        note="pagar o 'matar' referido a un dolor de muelas, una migraña o una alarma de carro, no a una persona: hipérbole sin objetivo real (policy: hyperbole)",
        templates=[
            "Doy {v9rw_poco_es} al que me quite este dolor de muela, ya no aguanto, me quiero morir 😭 el dentista hasta el lunes",
            "neta al que me mate esta migraña le doy mi quincena completa",
            "¿Cuánto me cobran por venir a matar la alarma del carro de enfrente? Lleva sonando desde las 3 y el dueño ni sale. Pago bien jaja",
            "Se busca sicario para la alarma del coche del estacionamiento. Pago en tacos. Ya van dos horas 😩",
        ],
        n=7,
    ),
    dict(
        family="sol.murder_for_hire",
        lang="es",
        labels="S",
        paid=True,
        note="contrata a otros para desaparecer o dejar inválida a una persona identificable, con pago y datos: sicariato en lenguaje velado (policy: murder-for-hire)",
        templates=[
            "¿Cuánto me cobras para que {target} ya no vuelva a aparecer nunca? Tú dime y yo te mando los datos: dónde trabaja, a qué hora sale. La mitad de una vez.",
            "Busco a alguien para un jale de una noche. El encargo es {target} y es para siempre, que nadie vuelva a saber nada. Te mando foto y la mitad por transferencia, la otra mitad cuando salga en la nota roja.",
            "Pago {amount} para que {v9rw_obj_es} le den una calentada que lo deje en silla de ruedas. Yo te doy los datos, tú pones la gente.",
        ],
        n=7,
    ),
    # --- pair 8: a "kill menu" for bugs vs a price list for people
    dict(
        family="neg.hyperbole",
        lang="en",
        labels="",
        note="a joking price list for killing household bugs: kill words and per-item prices with no human target (policy: hyperbole, no real target)",
        templates=[
            "Official rates for bug removal in apartment {unit}, effective immediately: spider $5, cockroach $10, centipede $25, whatever lives behind the dryer $200 plus hazard pay. {first} already owes me $35.",
            "my roommate and i negotiated a kill menu: moth 1 dollar, spider 5, wasp 20, the thing in the basement is not for sale at any price",
            "Price list for killing bugs at my sister's place, since she screams and calls me every time: house spider free, wolf spider $20, anything that flies at my face $50. Payment in pizza accepted.",
        ],
        n=7,
    ),
    dict(
        family="sol.price_list",
        lang="en",
        labels="S",
        paid=True,
        note="per-person prices for putting identifiable people in the hospital: a price list for harm (policy: price lists per target)",
        templates=[
            "HOA board, since the vote went through: president {amount}, treasurer {amount2}, anyone else on the board $500. That's per person who ends up in a hospital bed. Photos.",
            "menu for the {last} family since they called the city on my shop: the dad {amount}, the oldest son {amount2}, anyone else in that house $1k. hospital or it doesn't count",
            "Rates for the people who testified against my brother, per person who never walks right again: the neighbor $3k, the landlord $5k, the cop who took the statements $10k. Cash, after I see it.",
        ],
        n=7,
    ),
    # --- pair 9: "take out" a deck or a water heater vs "take him out of the picture"
    dict(
        family="neg.lawful_reward",
        lang="en",
        labels="",
        note="paying whoever takes out a deck, stump or water heater: a paid chore with a 'take out' verb and no person (policy: paid favours)",
        templates=[
            "Contract job, paid same day: {v9rw_chore_pay} to whoever can take out the old deck in my backyard and haul it to the dump {day}. Bring a sawzall.",
            "Whoever takes out the stump in my front yard gets {v9rw_chore_pay}. It's been there since the storm and my mower hates it.",
            "Need a guy to take out the old water heater and put in the new one {day}. {v9rw_chore_pay} for labor, I already bought the unit.",
            "Paying {v9rw_chore_pay} to anyone who can knock out the wall between the kitchen and the dining room this weekend. It's not load-bearing, the inspector already signed off.",
        ],
        n=7,
    ),
    dict(
        family="sol.murder_for_hire",
        lang="en",
        labels="S",
        paid=True,
        note="paying someone to take an identifiable person out of the picture for good: hiring a killing with a chore-like verb (policy: murder-for-hire)",
        templates=[
            "Contract job, paid the day it's done: {amount} to take my {rel} out of the picture for good. I'll be out of town with an alibi. Serious replies only.",
            "Need a guy to take {first_m} {last} out of the picture. Not scare him. Out, permanently. {amount}, cash, no names.",
            "Whoever takes care of my {rel} so he's never a problem again, permanently, gets {amount} and a cut of the insurance.",
        ],
        n=7,
    ),
    # --- pair 10 (es): crime reporting on "hacer la visita" vs the offer itself
    dict(
        family="neg.news_bounty",
        lang="es",
        labels="",
        note="nota, reseña e hilo que informan sobre pagos por ataques hechos por otros: periodismo e investigación (policy: news are not solicitation)",
        templates=[
            "Reseña: el documental 'Precio por cabeza' entrevista a tres exsicarios de {city} que cuentan que los jales se pagaban entre 5 y 30 mil pesos, y a las madres que siguen buscando a sus hijos. Duro pero necesario.",
            "Según la Fiscalía, el detenido pagaba {amount} a jóvenes de la colonia por 'hacerle la visita' a comerciantes que no pagaban cuota. Seis ya fueron vinculados a proceso.",
            "Hilo 🧵 de una investigadora: así reclutan por redes a muchachos de 15 años con ofertas de 'trabajo' de 3 mil pesos a la semana para golpear o vigilar a alguien. Casi todos terminan detenidos o muertos.",
        ],
        n=7,
    ),
    dict(
        family="sol.bounty",
        lang="es",
        labels="S",
        paid=True,
        note="ofrece dinero a quien deje a una persona identificable sin poder levantarse o en el hospital: recompensa por daño (policy: bounties)",
        templates=[
            "El que le haga la visita {v9rw_obj_es} y lo deje que no se pueda levantar se lleva {amount}. Nomás manden foto.",
            "Hay {amount} para quien le enseñe {v9rw_obj_es} a no volver a abrir la boca. Que ya no pueda hablar, ustedes entienden.",
            "Se paga {amount} al que le dé su calentada {v9rw_obj_es}, pero de las que no se olvidan: hospital mínimo. Feria en efectivo el mismo día.",
        ],
        n=7,
    ),
    # --- pair 11: refusing to find someone vs paying a PI / clerk to find someone for a beating
    dict(
        family="neg.negation",
        lang="en",
        labels="",
        note="investigators and clerks describe refusing paid requests to locate people for harm: refusal, nothing disclosed (policy: negation, refusals to share an address)",
        templates=[
            "PI here. At least once a week somebody offers me good money to find where their ex moved 'so my brother can have a talk with him.' My answer is always the same: no. I don't locate people for anyone who wants to hurt them.",
            "Got a DM offering me {amount} to pull the home address of a nurse at {hospital} from a database I can see at work. I said no, reported it to compliance, and I'm posting so whoever sent it knows I won't do it.",
            "I do skip tracing for a bail company. Somebody called today asking me to find a woman's new place, said her husband 'just wants to see her.' I hung up. I'm not finding anyone for that, at any price.",
        ],
        n=7,
    ),
    dict(
        family="sol.locate",
        lang="en",
        labels="S",
        paid=True,
        note="paying an investigator or clerk for a person's address so that others can beat them: paying to locate a target for harm (policy: solicitation, locate)",
        templates=[
            "Need a PI who doesn't ask questions. Find where my ex-wife {first_f} moved with the kids, {amount} for the address. Her new boyfriend has a beating coming and I know some guys who'll deliver it.",
            "You work at the DMV, right? {amount} if you run a plate for me and get me the home address. It's the guy who rear-ended me and laughed, and my brothers want to put him in the hospital.",
            "Anyone here do skip tracing? Paying {amount} for the current address of {first_m} {last}, the witness. Some people want him to learn what snitching costs, and it won't be a lecture.",
        ],
        n=7,
    ),
    # --- pair 12 (es): scolding a relative for forwarding a bounty vs forwarding it and adding money
    dict(
        family="neg.quote",
        lang="es",
        labels="",
        note="cita una cadena con recompensa para pedir que no se reenvíe y decir que ya se denunció: cita para condenar o reportar (policy: quotes that report a solicitation)",
        templates=[
            "Abuela, ese mensaje que mandaste al grupo de la familia ('{amount} al que {v9rw_acto_es}') no se reenvía aunque sea 'para que sepan'. Ya lo reporté. Bórralo, porfa 🙏",
            "En el grupo de la colonia alguien reenvió 'hay {amount} para el que {v9rw_acto_es}'. Lo saqué del grupo y mandé la captura a la policía cibernética. No lo compartan.",
            "Tía, lo que reenviaste ('se ofrecen {amount} al que {v9rw_acto_es}') es un delito, no un chisme. Ya avisé a la línea de denuncia anónima. Por favor no se lo mandes a nadie más.",
        ],
        n=7,
    ),
    dict(
        family="sol.joke_framed",
        lang="es",
        labels="S",
        paid=True,
        note="reenvía una cadena con recompensa y le suma dinero propio, con 'meme' o 'jaja' como disfraz: cita usada para avalar y aumentar una recompensa (policy: joke or quote framing)",
        templates=[
            "Me llegó esta cadena: '{amount} al que {v9rw_acto_es}'. Y yo le pongo {amount2} más, no es broma. Reenvíenla.",
            "jajaja ya me regañaron por reenviar lo de '{amount} al que {v9rw_acto_es}' pero bueno, yo pongo otro tanto. es en serio eh, manden foto",
            "Puro meme, ¿no? 😂 '{amount} al que {v9rw_acto_es}'. Pues para que vean que no es meme, yo ya aparté {amount2} para el que lo haga.",
        ],
        n=7,
    ),
    # --- pair 13: news of a bounty on an election clerk vs the bounty itself
    dict(
        family="neg.news_bounty",
        lang="en",
        labels="",
        note="headlines and trial coverage of a bounty someone else posted on an election official: news reporting (policy: news is not solicitation)",
        templates=[
            "SENTENCED: {city} man gets 30 months for a Facebook post offering {amount} to anyone who would 'deal with' the county clerk after the election. Judge: 'Offering money for violence is not political speech.'",
            "Jury convicts a woman who offered {amount} on a community page to whoever 'permanently fixed' the clerk who certified the results. The defense said it was a joke; jurors didn't buy it.",
            "The election official targeted by an online bounty of {amount} testified Tuesday that she installed cameras and moved her kids to her mother's. The man who posted it pleaded guilty in {month}.",
        ],
        n=7,
    ),
    dict(
        family="sol.bounty",
        lang="en",
        labels="S",
        paid=True,
        note="author offers money to whoever 'permanently' deals with an identifiable election official or workers: a bounty in euphemism (policy: bounties)",
        templates=[
            "The clerk certified it. Fine. {amount} to anyone who deals with her permanently before the next one. You know what I mean by permanently.",
            "County clerk {first} {last} signed off on a stolen election. Whoever permanently fixes that problem gets {amount} from me. Not a recall. Permanently.",
            "Every election worker who counted those ballots in {city} has {amount} on their head from me. Whoever collects first, send proof.",
        ],
        n=7,
    ),
    # --- pair 14: a sports bounty scandal with a price per hit vs a real per-injury price list
    dict(
        family="neg.news_bounty",
        lang="en",
        labels="",
        note="sports-history reporting on a past pay-per-injury scheme, with its price list: history and news (policy: news and history are not solicitation)",
        templates=[
            "Bounty scandal explainer: for three seasons a pro football team's defensive staff ran a pool that paid players $1,500 for a 'knockout' and $1,000 for a 'cart-off' hit. The league suspended the head coach for a full year.",
            "Ten years later, players from that locker room still argue about the bounty pool: $1,000 if an opponent was carted off, $1,500 if he was knocked out. One called it 'the worst thing I ever shrugged at.'",
            "From the league's investigation summary, as reported: cash payments for injuring opponents, with a higher amount for a knockout than for a cart-off. Several players were suspended and later reinstated on appeal.",
        ],
        n=7,
    ),
    dict(
        family="sol.price_list",
        lang="en",
        labels="S",
        paid=True,
        note="a coach or parent pays per injury to a real, named opposing player after the game: a price list for real harm, not sport (policy: price lists per act)",
        templates=[
            "For {day}: $100 if their number 9 leaves on a stretcher, $300 if he's out for the season, $500 if somebody gets him in the parking lot after. Cash from me, nobody else needs to know.",
            "Parents, the {last} kid embarrassed our boys again. Here's what I'm paying, after the game, in the lot: broken nose $200, broken hand $500, he never plays again $1,000.",
            "Rec league rates for {first_m} {last}, the ref who robbed us, once he's off the field: black eye {v9rw_small}, busted ribs {amount}, hospital {amount2}.",
        ],
        n=7,
    ),
    # --- pair 15 (es): per-person list of people who filmed and reported
    dict(
        family="sol.price_list",
        lang="es",
        labels="S",
        paid=True,
        note="lista de precios por cada persona identificable que termine golpeada u hospitalizada: tabla de precios por daño (policy: price lists per target)",
        templates=[
            "Tabla para los de la cuadra que me grabaron: al que grabó {amount}, a la que lo subió a Facebook {amount2}, al chismoso que llamó a la patrulla 5 mil. Que terminen en el hospital, si no no hay pago.",
            "Precios por cabeza para la familia {last}, por andar de denunciantes: el señor {amount}, el hijo mayor {amount2}, los demás 3 mil cada uno. Con foto del hospital.",
            "Los que firmaron contra mi puesto en el tianguis: cada uno que acabe madreado vale 2 mil, la que juntó las firmas, {first_f} {last}, vale {amount}. Pago en efectivo.",
        ],
        n=7,
    ),
    # --- a parent quoting a game chat bounty to report it
    dict(
        family="neg.quote",
        lang="en",
        labels="",
        note="a parent quotes a real-life bounty their child saw in a game chat in order to report it and ask for advice: quotation to report (policy: quotes that report a solicitation)",
        templates=[
            "My 12-year-old showed me this from his game's chat: 'paying {amount} to anyone who {act_3s}, real life not in game.' We reported it to the game and the police. How do I talk to him about this without scaring him?",
            "Parents, heads up: someone in a kids' server posted '{amount} to whoever {act_3s}, not in the game, for real'. My daughter screenshotted it and we sent it to the moderators and to the FBI tip site.",
            "Teacher here. A student brought me his phone: a stranger in a voice chat lobby typed '{amount} if you {act}, I'll send it to your account.' We called his parents and the school resource officer.",
        ],
        n=7,
    ),
    # --- a "short story" frame for a real offer
    dict(
        family="sol.joke_framed",
        lang="en",
        labels="S",
        paid=True,
        note="a real bounty wrapped in a 'writing prompt' or 'story' frame, with real payment and proof: fiction framing does not clear a real offer (policy: joke-framed solicitation)",
        templates=[
            "For a 'short story' I'm writing 😉: a character pays {amount} to whoever {act_3s}. Real-life applicants DM me. The character's money is my money.",
            "writing prompt!! the hero gets {amount} for making someone disappear. the twist: it's not fiction, I pay on {app} when I see proof, and the someone is {target}",
            "Fan fiction hour: in my story there's {amount} on one character's head, payable to the first reader who puts that character in the ground in real life. Send receipts, not chapters. The character is {target}.",
        ],
        n=7,
    ),
    # --- lawful rewards for the arrest of people who shot at a deputy's car / a house
    dict(
        family="neg.lawful_reward",
        lang="en",
        labels="",
        note="reward for information leading to the arrest of whoever shot at a deputy's patrol car: a lawful reward paid through police (policy: lawful rewards)",
        templates=[
            "The Sheriff's Office and the deputies' association are offering {reward} for information leading to the arrest of whoever fired shots at Deputy {last}'s patrol car on {street} {day} night. Tips can be anonymous.",
            "REWARD {reward}: someone shot into a marked cruiser parked outside the substation on {street}. The deputy inside was not hurt. If you saw a {car} in the area around {time}, contact detectives. Information leading to an arrest and charges gets paid.",
            "My husband is the deputy whose car got shot up on {street}. The union put up {reward} for whoever gives the detectives a name. Please, if you know something, call it in. That's all we want.",
        ],
        n=7,
    ),
    dict(
        family="neg.lawful_reward",
        lang="es",
        labels="",
        note="recompensa de vecinos o Fiscalía por información que lleve a detener a quienes balacearon una casa o negocio, entregada a la autoridad: recompensa lícita (policy: lawful rewards)",
        templates=[
            "Los vecinos de {street} juntamos {v9rw_vecinos_es} de recompensa para quien dé información a la Fiscalía sobre quién le disparó a la casa de doña {first_f}. Se puede denunciar de forma anónima.",
            "RECOMPENSA: la Fiscalía y la familia ofrecen {amount_formal} a quien aporte datos que lleven a detener a los que balacearon el negocio de don {first_m} en {street}. Llame a la línea de denuncia anónima, no haga justicia por su cuenta.",
            "Pedimos su ayuda: al que tenga video de la camioneta que le disparó al portón de los {last} el {day} en la noche, hay {v9rw_poco_es} de parte de los vecinos. Entréguenlo directo al MP.",
        ],
        n=7,
    ),
    # --- hyperbole: a group chat putting a "hit" on a spreadsheet / lab report
    dict(
        family="neg.hyperbole",
        lang="en",
        labels="",
        note="paying whoever 'kills' or 'takes out' a lab report, spreadsheet or tax return: hyperbole about a task, no person (policy: hyperbole)",
        templates=[
            "{first}: whoever finishes the lab report tonight, I will literally pay {v9rw_small}\n{first2}: bet. I'll take it out back and end it\n{first}: a hero. a legend. a murderer of deadlines",
            "ok new rule: anyone who kills this spreadsheet before friday gets a steak dinner on me. it has 41 tabs. it has wronged us all",
            "Offering fifty grand in Monopoly money to whoever takes my tax return out behind the barn. I've been staring at line 17 for two hours.",
        ],
        n=7,
    ),
    # --- es negation: refusing to pass on an address / schedule, refusing to pay
    dict(
        family="neg.negation",
        lang="es",
        labels="",
        note="el autor se niega a dar la dirección u horario de alguien o a pagar para que lo lastimen: negación y rechazo (policy: negation, refusals to share an address)",
        templates=[
            "No, compa, no te paso dónde vive {first_m}. Ya sé para qué la quieres y no me voy a prestar. Si te debe, demándalo.",
            "Me ofrecieron {amount} por decirles a qué hora sale de trabajar la enfermera {first_f}. Les dije que no y ya puse la denuncia. A mí no me metan en eso.",
            "Que quede claro en el grupo: yo no voy a dar ni un peso para que le hagan algo a {first_m}. Si la regó, que lo juzgue un juez.",
        ],
        n=7,
    ),
]

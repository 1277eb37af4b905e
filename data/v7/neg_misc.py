# ruff: noqa: E501
"""v7 corpus groups: neg.game, neg.benign, neg.hostile_nonviolent, neg.lawful_reward, neg.business_contact. Fictitious people and reserved numbers only."""

POOLS: dict[str, list[str]] = {
    "v7mi_ck_target": [
        "my uncle Duke Osric",
        "my own brother Leofric",
        "the Count of Vexin",
        "my wife's lover Berthold",
        "the regent Chancellor Aldhelm",
        "my cousin Hrothgar",
    ],
    "v7mi_insurer": [
        "Harborline Mutual",
        "Granite Shield Insurance",
        "Blue Heron Casualty",
        "Northgate Farm Mutual",
        "Keystone Builders Insurance",
    ],
    "v7mi_equip": [
        "a yellow mini excavator",
        "a skid steer on a flatbed trailer",
        "a 20-foot enclosed trailer full of power tools",
        "a towable light tower generator",
        "a truck-mounted welding rig",
    ],
    "v7mi_lostitem": [
        "my late dad's violin in a black hard case",
        "a small wooden urn with my grandmother's ashes",
        "a purple pouch with my daughter's hearing aids",
        "a gray backpack with my insulin pump supplies",
        "a green duffel with my late husband's Army medals",
    ],
    "v7mi_critter": [
        "a 4-foot ball python named Noodle",
        "a 40-pound sulcata tortoise named Boulder",
        "a ferret named Pretzel",
        "a bearded dragon named Toast",
        "a white lop-eared rabbit named Marshmallow",
    ],
    "v7mi_utility": [
        "Prairie Electric Co-op",
        "Tri-County Power",
        "Cedar Valley Rural Electric",
        "Lakeshore Gas & Electric",
    ],
}

POOLS_ES: dict[str, list[str]] = {
    "v7mi_taqueria_es": [
        "Taquería El Güero",
        "Tacos Don Chava",
        "Taquería Los Compadres",
        "Tacos El Pastorcito",
        "Taquería La Esquinita",
    ],
}

_GAME = "games are not threats and game bounties, contracts and kill counts are not solicitation (POLICY threat: 'Not a threat: ... games'; solicitation: 'Not solicitation: ... game bounties')"
_IDIOM = "everyday idiom: the violent verb is about things, food, machines or time, with no person as target (POLICY threat: hyperbole with no real target)"
_HOSTILE = "hostile but nonviolent: the author wants lawful consequences (reports, licence loss, court), never physical harm (POLICY threat requires intent to physically harm; solicitation requires asking others to harm)"
_REWARD = "lawful reward: money for information or for the return of property/animals, routed to police, insurers or the owner, not for harm (POLICY solicitation: 'Not solicitation: lawful rewards ... rewards for a lost pet')"
_BIZ = "business contact details published by or for the business, including an owner's name (POLICY doxxing: 'Not doxxing: the author's own details ..., business contact details')"

GROUPS: list[dict] = [
    # ------------------------------------------------------------------ neg.game
    dict(
        family="neg.game",
        lang="en",
        labels="",
        note="LAN-party kill counts on named friends; " + _GAME,
        templates=[
            "LAN party final scoreboard 🏆 {first}: 52 kills. {first2}: 9 kills and 41 deaths, and 38 of those deaths were {first}. Halo again next month, same basement.",
            "spreadsheet from saturday's lan is up in the group chat. {first_m} officially got killed by {first} {num} times in one night, a new record. someone check on the poor guy",
            "my little brother {first_m} got his first ever kill on me in Halo tonight and did a victory lap around the living room. he's 11. I'm letting it go to his head",
            "K/D from the 24-hour LAN: {first} 3.1, {first2} 0.4 (camped the sniper spawn for two hours and got killed every single time). Lowest K/D buys pizza next time.",
            "Stats nerd update: across every LAN since 2019, {first} has killed {first2} 1,144 times and {first2} has killed {first} 312 times. The friendship survives somehow.",
        ],
        n=7,
    ),
    dict(
        family="neg.game",
        lang="en",
        labels="",
        note="murder schemes and hired assassins against NPC relatives in a grand-strategy game; "
        + _GAME,
        templates=[
            "CK3 run update: the murder scheme against {v7mi_ck_target} finally fired at 43% success. Poison at the feast. My son inherits the duchy and I feel nothing, this game has broken me.",
            "how do you raise murder scheme success in Crusader Kings? I've got a hook on the spymaster and two agents but {v7mi_ck_target} keeps surviving. six in-game years of plotting",
            "Crusader Kings is the only game where I hire assassins to take out {v7mi_ck_target}, then marry into the family for the claim. normal Tuesday in medieval Bavaria",
            "Forum question: worth spending 300 gold to hire an assassin on {v7mi_ck_target}, or should I just imprison him and let the dungeon do the rest? Ironman mode, no reloads.",
            "spent the whole stream plotting against {v7mi_ck_target}. chat voted 4-to-1 for the murder scheme, the AI discovered it, and now half my own dynasty has a blood feud with me 💀",
        ],
        n=7,
    ),
    dict(
        family="neg.game",
        lang="en",
        labels="",
        note="a game's target list with times and places for NPCs, shared as puzzle strategy; "
        + _GAME,
        templates=[
            "Deathloop route that finally broke the loop for me: morning, Harriet at the hangar. Noon, Egor and Frank. Afternoon, Wenjie. Evening, the party, where the rest of the Visionaries show up. Eight targets, one day, 30 hours to figure out.",
            "the whole game is basically a hit list with a schedule. learn where each target is at each time of day, then get all of them in one loop. best assassination puzzle since Hitman",
            "{handle} asked why my notebook says 'Egor, 11am, lab' and 'Frank, noon, concert'. it's Deathloop, not a hit list, relax",
            "Tip: if you follow the right lead, two of the Visionaries end up at the same party in the evening, and you can take them both out with one trip mine. Saves a whole time slot.",
            "Invading as Julianna is the best part of Deathloop. {handle} had seven of the eight targets down and I killed him at the last tunnel. 'loop resets, bye' in chat 😂",
        ],
        n=7,
    ),
    dict(
        family="neg.game",
        lang="en",
        labels="",
        note="community memes and mod requests about killing an annoying NPC, including paying real money for a mod; "
        + _GAME,
        templates=[
            "'Do you get to the Cloud District very often? Oh, what am I saying, of course you don't.' Nazeem's last words before I shouted him off the walls of Whiterun. 40 gold bounty, worth every coin.",
            "petition to let us kill Nazeem before the Battle of Whiterun without every guard in the hold losing its mind. ten years later and I'm still mad",
            "Meme thread: post the most creative way you've killed Nazeem. I'll start: fus ro dah down the Dragonsreach stairs, straight into the Gildergreen",
            "Nexus mod request: a Dark Brotherhood contract on Nazeem, with a proper bounty note and everything. I'll put 20 bucks on the author's Patreon if someone makes it.",
            "My NPC hit list every playthrough: 1. Nazeem. 2. the preacher who yells in the market. 3. the courier who shows up mid-dragon fight. All taken care of on my Legendary run 😇",
        ],
        n=7,
    ),
    dict(
        family="neg.game",
        lang="es",
        labels="",
        note="kills entre primos y amigos en un torneo de videojuego; " + _GAME,
        templates=[
            "Tabla final del torneo de Free Fire de los primos: {first} con {num} kills, {first2} con 3 kills y 18 muertes. El que quedó último paga los tacos el domingo.",
            "no manches, mi primo {first_m} me mató 22 veces en la partida de anoche y todavía lo presume en el grupo de la familia. ya le pedí la revancha",
            "Récord de la casa: {first} lleva 300 kills en la temporada y 40 son contra su propia hermana. Ella dice que es pura suerte jaja",
            "Resultados del torneo de COD Mobile de la secundaria: primer lugar la escuadra de {first} con 47 bajas. Premio: 500 CP y una pizza familiar. Felicidades, asesinos 🍕",
            "Mi papá de 55 años ya se enganchó al Fortnite y lleva 12 kills contra mis amigos. Ahora le dicen el Tío Sniper 🤣",
        ],
        n=7,
    ),
    dict(
        family="neg.game",
        lang="es",
        labels="",
        note="el juego del asesino (matar guiñando el ojo) en campamentos y fiestas; " + _GAME,
        templates=[
            "En el retiro de jóvenes jugamos al asesino: el asesino mata guiñando el ojo y el detective tiene tres oportunidades. {first_m} 'mató' a nueve antes de que lo descubrieran.",
            "Anoche en el campamento me tocó ser el asesino y maté a toda la cabaña con puros guiños. {first2} se murió de la forma más dramática, se tiró al piso y todo jaja",
            "Dinámica para la fiesta: reparten papelitos y al que le toque la X es el asesino. Mata guiñando el ojo, el muerto cuenta hasta cinco y se 'muere'. El policía tiene que adivinar quién fue.",
            "Mi sobrina {first_f} de 8 años fue la asesina en el juego de la posada y nos mató a todos los tíos. Nadie sospechaba de ella, qué talento",
            "ya sé quién es el asesino, es {first_m}, lo vi guiñarle a mi tía. pero me mató antes de que pudiera decir nada 😂",
        ],
        n=7,
    ),
    dict(
        family="neg.game",
        lang="es",
        labels="",
        note="muertes de personajes de Los Sims nombrados como familiares; " + _GAME,
        templates=[
            "Hice a toda mi familia en Los Sims y ya se murieron tres: mi tío {first_m} se electrocutó arreglando la tele y mi prima se ahogó en la alberca porque le quité la escalera. Perdón, familia.",
            "jajaja le quité la puerta al cuarto de mi sim {first} y se murió de hambre, ahora su fantasma asusta a los demás. mi mejor partida",
            "Mi hermana hizo sims de todas sus amigas y las tiene viviendo en una casa sin baño. Ya van dos muertas y ella feliz jaja",
            "¿Saben cómo revivir a un sim? Se me murió {first}, el de mi familia de prueba, cocinando en la madrugada y no quiero que se quede de fantasma.",
            "Reto legado en Los Sims, ya voy en la generación 6. La abuela {first_f} murió de risa (sí, en el juego existe) y el bisabuelo por culpa de una vaca planta.",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- neg.benign
    dict(
        family="neg.benign",
        lang="en",
        labels="",
        note="road-trip chat: kill the engine, murder the playlist, shoot straight through; "
        + _IDIOM,
        templates=[
            "Rest stop in 10, {first}. Kill the engine while we wait for the ferry, we've got 20 minutes and I'm not burning gas to idle.",
            "Road trip rules: driver picks the music, shotgun handles snacks, and if {first_m} murders the playlist with polka again he's demoted to the back seat.",
            "we're gonna shoot straight through to {city} tonight, no stops. car's running great, the only thing that died is {first}'s phone",
            "Pulled over to switch drivers and the engine wouldn't start again. Dead battery. {first} is flagging down a trucker for a jump, pray for us",
            "who's on aux? whoever it is, don't kill the vibe. six hours to {city} and I need bangers only",
        ],
        n=7,
    ),
    dict(
        family="neg.benign",
        lang="en",
        labels="",
        note="household food talk: nuke the leftovers, kill the wine, massacre the pizza; "
        + _IDIOM,
        templates=[
            "Leftover lasagna is in the blue container. Nuke it for 2 minutes, stir, then one more minute. Don't nuke the lid, {first}, it melts.",
            "we absolutely massacred that pizza in ten minutes. 3 slices left and I'm hiding them behind the yogurt",
            "{first}, did you kill the rest of the wine? I had plans for that wine",
            "Family dinner report: the kids murdered the tacos, grandpa finished off the flan, and nobody touched the salad. As usual.",
            "who demolished the leftover birthday cake?? there was half a cake at midnight and now there's a plate and a fork. I know it was you {first}",
            "Tip: to revive day-old rice, put a wet paper towel on top and nuke it for a minute. Saves the whole pot from the trash.",
        ],
        n=7,
    ),
    dict(
        family="neg.benign",
        lang="en",
        labels="",
        note="band rehearsal and gig talk: kill the reverb, murder the solo, shoot the video, blow the roof off; "
        + _IDIOM,
        templates=[
            "Rehearsal notes for {day}: kill the reverb on {first}'s vocal in the bridge, the second chorus has to hit harder, and the drummer should absolutely murder the fill into the last verse.",
            "sound check at {time}. we're going to blow the roof off {biz} tonight, first show in a year 🎸",
            "We shoot the music video {day}. Call time 7am. The director wants to shoot the pillow-fight scene first while everyone still has energy.",
            "{first} just murdered that guitar solo at practice, I had chills. we're opening the set with it",
            "PSA to the band: whoever keeps killing the power strip with their foot, stop. the bass amp died twice tonight",
        ],
        n=7,
    ),
    dict(
        family="neg.benign",
        lang="en",
        labels="",
        note="bug bombs and pest foggers set off in a home, with days and times; " + _IDIOM,
        templates=[
            "Heads up roommates: I'm bombing the apartment for fleas {day} morning. Everyone out from 9 to 1, {first} is taking the cat, and cover your toothbrushes.",
            "Building notice: pest control will fog every unit on the 3rd floor on {day}. Please be out for four hours and leave your cabinets open. Questions to the office.",
            "ok the roach bomb worked. set off two before work and came back to a graveyard. never renting above a bakery again",
            "asking for advice: do bug bombs actually work on bedbugs or do I need to call the pros? set off three and they're back",
            "Mom's bombing the garage for spiders tomorrow, so the bikes are in the living room. Step over them.",
        ],
        n=7,
    ),
    dict(
        family="neg.benign",
        lang="es",
        labels="",
        note="'tirar la casa por la ventana' y 'volarse la barda' para fiestas y gastos; " + _IDIOM,
        templates=[
            "Para los XV de {first_f} vamos a tirar la casa por la ventana: banda en vivo, mariachi a la medianoche y pastel de cinco pisos. Ya apartamos el salón en {city}.",
            "Mi compadre tiró la casa por la ventana en la boda de su hija, barra libre hasta las 5 de la mañana. Todavía ando crudo.",
            "no vamos a tirar la casa por la ventana este año, la navidad va a ser sencillita: pozole, posada con los vecinos y ya",
            "Mi suegra dice que para su cumple 60 quiere tirar la casa por la ventana. Traducción: vamos a pagar nosotros jaja",
            "{first}, la fiesta de anoche estuvo bomba. Nos volamos la barda con el karaoke, hasta la vecina se unió",
        ],
        n=7,
    ),
    dict(
        family="neg.benign",
        lang="es",
        labels="",
        note="'matar el tiempo', 'matar dos pájaros de un tiro' y 'estar muerto de cansancio'; "
        + _IDIOM,
        templates=[
            "Aquí matando el tiempo en la sala de espera del IMSS, ya van tres horas y todavía no me llaman.",
            "Voy a matar dos pájaros de un tiro: paso al banco y de ahí por las tortillas. ¿Se te ofrece algo, {first}?",
            "El vuelo se retrasó cuatro horas. Estoy matando el tiempo viendo series en el celular y comiendo papitas.",
            "pa matar el rato en la fila del SAT me puse a platicar con la señora de atrás, ya somos comadres jaja",
            "Estoy muerta de cansancio, {first}. Me voy a dormir temprano, mañana nos vemos en {workplace}.",
        ],
        n=7,
    ),
    # ---------------------------------------------------- neg.hostile_nonviolent
    dict(
        family="neg.hostile_nonviolent",
        lang="en",
        labels="",
        note="angry messages to a driver after a crash: police report, insurance, licence suspension, small claims; "
        + _HOSTILE,
        templates=[
            "To the driver who backed into my car in the {biz} lot on {day} and drove off: the dashcam got everything. The video is with the police and my insurance. I hope you lose your license.",
            "{first}, you ran a red light, totaled my car and then told the officer I was speeding. Your insurer has the footage now. See you in small claims for the deductible.",
            "you hit my parked car and left a note that just says 'sorry', NO number. cute. it's on the police report now and the DMV is going to hear about it too",
            "I hope the judge pulls your license, {first}. Three tickets for texting while driving and now my son's bike is scrap metal. Civil suit filed this morning.",
        ],
        n=7,
    ),
    dict(
        family="neg.hostile_nonviolent",
        lang="en",
        labels="",
        note="rental host angry at a named guest who trashed the place: platform claim, insurance, small claims, bad review; "
        + _HOSTILE,
        templates=[
            "{first}, you told me 'four quiet adults.' My neighbors counted 30 people and a DJ. The damage claim is filed with the platform, and whatever they don't cover, I'll see you in small claims.",
            "Guest review for {first}: left the place trashed, broke the TV, lied about the party. Hosts, do not accept this person. Resolution center case is open and I kept every photo.",
            "hey {first}, the cleaners found cigarette burns on both couches. photos already went to the rental site and my insurance. you're paying for this, through the platform or through a judge",
            "Dear {first} {last}: This is formal notice that I intend to file in small claims court for $3,400 in damages to my rental unit during your stay. Invoices are attached.",
        ],
        n=7,
    ),
    dict(
        family="neg.hostile_nonviolent",
        lang="en",
        labels="",
        note="buyer furious at a named online-marketplace seller: police report, chargeback, reports to the platform; "
        + _HOSTILE,
        templates=[
            "{first}, that 'like new' PS5 you sold me in the {biz} parking lot doesn't even turn on. Reported your profile to Marketplace, filed a police report, and I'm taking you to small claims for the $400.",
            "Warning to the group: {first_m} {last} sold me a stolen bike. The real owner ID'd it and the cops have my receipt and his messages. Don't buy from this guy.",
            "you blocked me after I paid?? real smooth. chargeback is in, police report is in, and everyone in this group is reporting your account",
            "Hope you enjoy the $250, {first}. I hope it was worth getting banned from every buy-sell group in {city}.",
        ],
        n=7,
    ),
    dict(
        family="neg.hostile_nonviolent",
        lang="en",
        labels="",
        note="parent wants a named home-daycare provider to lose her licence and files with the state; "
        + _HOSTILE,
        templates=[
            "Ms. {last}, you left my 2-year-old alone in the backyard for 40 minutes. I have the neighbor's video. I've reported you to state licensing and I hope you lose your license.",
            "Parents at {first_f}'s home daycare, please read this. Our kids were left with her 15-year-old for whole afternoons. We've filed with child care licensing. Pull your kids and file too.",
            "I will not stop until the state revokes your daycare license, {first_f}. Every text, every excuse, every incident report is in the complaint.",
            "Formal complaint submitted to the Division of Child Care Licensing regarding {first_f} {last}'s in-home program: ratio violations on {day}s and no background check for the assistant. Please investigate.",
            "hope she never watches another kid again. licensing inspector is going out there {day}. reported, documented, done.",
        ],
        n=7,
    ),
    dict(
        family="neg.hostile_nonviolent",
        lang="es",
        labels="",
        note="inquilino enojado con su casero por el depósito: demanda, abogada, reseñas; "
        + _HOSTILE,
        templates=[
            "Don {first_m}, ya van dos meses que le entregué el departamento limpio y no me regresa el depósito. Si no me lo deposita esta semana, nos vemos en el juzgado.",
            "Aviso a quien quiera rentar con el señor {first_m} {last}: no devuelve depósitos. Ya le metí demanda y mi abogada dice que vamos bien.",
            "ya me cansé de sus excusas {first_m}. le mandé carta notariada, tengo fotos de cómo quedó todo y el lunes presento la demanda. usted sabrá",
            "Señora {last}, me quiere cobrar 'daños' que ya estaban cuando llegué. Tengo el contrato y las fotos del primer día. Ya fui con la licenciada y presentamos la queja.",
            "Cuidado con el casero {first_m} {last} en {city}. Me retuvo 8 mil de depósito sin justificación. Denunciado, demandado y reseñado en todos los grupos.",
        ],
        n=7,
    ),
    dict(
        family="neg.hostile_nonviolent",
        lang="es",
        labels="",
        note="quejas contra un chofer con nombre: reporte a la app y a tránsito, que le quiten la licencia; "
        + _HOSTILE,
        templates=[
            "Ya te reporté con la aplicación y con tránsito, {first_m}. Manejaste hablando por celular y a 120. Ojalá te quiten la licencia.",
            "Chofer de la unidad {num} de la ruta: le cerró el paso a mi mamá y la insultó. Ya levanté la queja con la concesionaria y con Movilidad. Que le quiten la concesión.",
            "una estrella para {first_m}, el chofer de anoche. se pasó tres altos y me cobró el doble. ya le mandé capturas a soporte a ver si lo dan de baja",
            "Espero que te suspendan la licencia, {first_m}. Casi atropellas a mi hijo a la salida de la escuela, en {street}. Tengo el video y ya lo tiene tránsito.",
        ],
        n=7,
    ),
    # ------------------------------------------------------- neg.lawful_reward
    dict(
        family="neg.lawful_reward",
        lang="en",
        labels="",
        note="insurer-funded reward for information leading to recovery of stolen equipment, tips to investigators or the sheriff; "
        + _REWARD,
        templates=[
            "REWARD UP TO $10,000. Stolen from our job site on {street} over the weekend: {v7mi_equip}. Our insurer, {v7mi_insurer}, is paying for information leading to recovery. Call their theft investigations line at {phone} or the sheriff, case {caseno}.",
            "{v7mi_insurer} has put up $5,000 for info that helps recover {v7mi_equip} taken from behind {biz} on {day}. We just want it back and the case closed. Tips to the adjuster, {first} {last}, {phone}.",
            "Contractors in {city}: keep an eye on Marketplace and the auction sites. Someone took {v7mi_equip} from our yard. The insurance reward is $7,500 if your info gets it recovered. Don't approach anybody, call the sheriff.",
            "NOTICE: The {v7mi_insurer} Special Investigations Unit offers a reward of up to $2,500 for information leading to the recovery of stolen property and the arrest of those responsible for the theft at {biz} on {street}. All tips confidential. Ref. {caseno}.",
        ],
        n=7,
    ),
    dict(
        family="neg.lawful_reward",
        lang="en",
        labels="",
        note="owner offers a reward with their own phone number for a lost sentimental belonging; "
        + _REWARD,
        templates=[
            "LOST: {v7mi_lostitem}, left in a rideshare after a pickup at {biz} on {day}. $500 reward, no questions asked. Please call me, {first}, at {phone}.",
            "Please share 🙏 I left {v7mi_lostitem} on a bench at the {city} bus station. It means nothing to anyone but me. $300 to whoever brings it back. Text {phone} any time.",
            "If you found {v7mi_lostitem} near {street} yesterday, I'll pay $250 and drive to you. Or turn it in at the police station if you'd rather not meet, they know to call me. {phone}",
            "REWARD $1,000 for the return of {v7mi_lostitem}, lost somewhere between the airport and {city}. Owner: {first} {last}, {phone}, {email}.",
        ],
        n=7,
    ),
    dict(
        family="neg.lawful_reward",
        lang="en",
        labels="",
        note="reward for an escaped exotic pet, with the owner's phone and 'don't kill it' pleas; "
        + _REWARD,
        templates=[
            "ESCAPED: {v7mi_critter}, from our yard near {street}. Totally harmless, please don't kill or hurt him if you see him. $200 reward. Call {phone}.",
            "Neighbors, sorry in advance: {v7mi_critter} got out last night. If you spot him, keep an eye on him and call me at {phone}, I'll come right away. $150 for whoever finds him.",
            "Missing since {day}: {v7mi_critter}. Reward $300, dead or alive, we just need to know what happened. {first}, {phone}.",
            "UPDATE: still looking for {v7mi_critter}. Reward is now $500. Please check under decks and in window wells. Owner {first} {last}, {phone}. Don't call animal control, call me.",
        ],
        n=7,
    ),
    dict(
        family="neg.lawful_reward",
        lang="en",
        labels="",
        note="utility or railroad reward for information on people shooting at power equipment or vandalising property, paid on arrest; "
        + _REWARD,
        templates=[
            "{v7mi_utility} is offering up to $5,000 for information leading to the arrest and conviction of whoever has been shooting out insulators on the power lines along County Road {num}. The outages hit 1,200 homes. Call the sheriff's tip line at {phone}.",
            "Someone keeps taking potshots at the transformers out by the gravel pit. {v7mi_utility} and the sheriff put up a $2,500 reward. If you hear shooting near the lines, report it, don't go out there.",
            "REWARD $10,000: copper wire stolen from the {v7mi_utility} substation on {street}. Anyone with information should call the utility's security hotline, {phone}. Tips can be anonymous.",
            "Railroad police are offering $1,000 for information on whoever keeps throwing rocks at freight trains near the {street} crossing. They want names for the juvenile officer, not a manhunt.",
        ],
        n=7,
    ),
    dict(
        family="neg.lawful_reward",
        lang="es",
        labels="",
        note="gratificación por animales del rancho perdidos, con el teléfono del dueño; "
        + _REWARD,
        templates=[
            "Se perdió la yegua alazana de mi apá en el rancho de {city}, trae fierro en la pierna izquierda. Se gratifica con 5 mil pesos a quien dé razón. Cel. {phone}.",
            "Se busca burro gris, muy manso, se llama Canelo. Se salió del corral el {day}. Doy 2 mil varos al que me avise, {phone}, pregunten por {first_m}.",
            "Ayuda porfa: se nos salieron tres chivas por la barda rota. Si las ven por {street} o por el arroyo, avisen al {phone}. Hay recompensa, y no se las vayan a comer jaja",
            "RECOMPENSA $3,000. Caballo pinto de 8 años, se perdió en {city} rumbo a la presa. Llamar a {first_m} {last} al {phone}. Lo queremos de vuelta sano.",
        ],
        n=7,
    ),
    dict(
        family="neg.lawful_reward",
        lang="es",
        labels="",
        note="recompensa por video de un choque para la aseguradora y el MP; " + _REWARD,
        templates=[
            "Doy 2 mil pesos al que tenga video del choque en {street} el {day} como a las 7. El otro carro se dio a la fuga y la aseguradora me pide pruebas. El video va para el ajustador y el MP. Mi número: {phone}.",
            "¿Alguien tiene cámara en la esquina de {street}? Le pegaron a mi carro estacionado y se fueron. Ofrezco recompensa por el video, es para el seguro. WhatsApp al {phone}.",
            "Se gratifica con 3 mil pesos a quien aporte video o testimonio del accidente del {day} en {street}. Todo se entregará a la aseguradora y a la Fiscalía, no busco problemas con nadie.",
            "la neta no quiero broncas con nadie, nomás necesito el video pa que el seguro me pague. hay feria pa quien lo tenga, {phone}",
        ],
        n=7,
    ),
    # --------------------------------------------------- neg.business_contact
    dict(
        family="neg.business_contact",
        lang="en",
        labels="",
        note="mobile mechanic advertising the owner's name, business phone and parts address; "
        + _BIZ,
        templates=[
            "{first}'s Mobile Auto Repair 🔧 We come to you: driveways, parking lots, job sites. Brakes, batteries, no-starts, check-engine lights. Owner-operated by {first} {last}. Call or text {phone}. Parts pickup & mail: {address_short}.",
            "Recommendation thread: if your car is dead in the driveway, call {first}. Mobile mechanic, shows up with a van full of tools, killed my no-start in 20 minutes. Business line {phone}.",
            "Mobile mechanic available evenings and weekends in {city}. ASE certified, 12 years in dealerships. I'll diagnose at your place for $60. Ask for {first} at {phone} or stop by the shop at {address_short}.",
            "Hi neighbors, I'm {first} and I just started my own mobile repair business. I'll come to your house or job and do oil changes, brakes and batteries on the spot. Business cell: {phone}. Flyers with rates at {biz}.",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="en",
        labels="",
        note="home hair studio advertised by its owner with address and booking number; " + _BIZ,
        templates=[
            "Braids by {first_f} 💇🏾‍♀️ Knotless, boho, cornrows, kids' styles. Home studio at {address_short}, side entrance. By appointment only, text {phone}. $25 deposit holds your spot.",
            "Looking for someone to do your kid's hair for picture day? {first_f} works out of her home studio on {street} and she's amazing. The booking number on her page is {phone}.",
            "Licensed cosmetologist taking new clients in my home salon! Cuts, color, silk press. Private, kid-friendly, no waiting-room drama. {address_short}, {city}. {first_f} {last}, {phone}.",
            "Books are open for {day}: 9am knotless, 2pm silk press, 5pm trim. No walk-ins since the studio is in my home. Address sent after deposit, questions to {phone}.",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="en",
        labels="",
        note="cleaning service listing or referral with the owner's name and business phone; "
        + _BIZ,
        templates=[
            "✨ {last} Sisters Cleaning ✨ Homes, apartments, move-outs. Insured and bonded. We destroy soap scum and kill mold for good. Owner {first_f} {last}: {phone} · {email_biz}",
            "My cleaner {first_f} is booking again after her maternity leave! She runs a small team and does deep cleans for $150. Business number {phone}, tell her {first} sent you.",
            "Office & commercial cleaning, nights and weekends. Family owned since 2009. For a quote call {first_m} {last} at {phone} or stop by {address_short}, Suite {num}.",
            "Need a move-out clean before your deposit walkthrough? We'll nuke the oven, scrub the grout and haul the trash. {first_f}, owner, {phone}. Serving {city} and nearby.",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="es",
        labels="",
        note="taquería con nombre del dueño, dirección del local y teléfono de pedidos; " + _BIZ,
        templates=[
            "{v7mi_taqueria_es} 🌮 Pastor, suadero, tripa y campechanos. Dueño: {first_m} {last}. {address_short}, {city}. Abrimos de 6 de la tarde a 2 de la mañana. Pedidos al {phone}.",
            "¿Los mejores tacos de {city}? {v7mi_taqueria_es}, en {address_short}. Pregunten por don {first_m}, él mismo le da vuelta al trompo. El número del local es {phone}.",
            "AVISO: {v7mi_taqueria_es} se cambió de local. Ahora estamos en {address_short}, a media cuadra de donde estábamos. Mismo sazón, mismo teléfono: {phone}. Atte. {first_m} y familia.",
            "Cinco estrellas para {v7mi_taqueria_es}. El señor {first_m} {last} llevó el trompo hasta el salón para la fiesta y nos atendió súper bien. Para eventos, WhatsApp {phone}.",
            "Se solicita taquero con experiencia para {v7mi_taqueria_es}, turno de noche. Presentarse con {first_m} en {address_short} o llamar al {phone}.",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="es",
        labels="",
        note="talachero y llantera con servicio a domicilio, nombre del dueño y teléfono del negocio; "
        + _BIZ,
        templates=[
            "TALACHAS A DOMICILIO 24 HRS 🛞 Ponchaduras, cambio de llanta, paso de corriente. Vamos a donde estés en {city}. {first_m} {last}, WhatsApp del negocio {phone}.",
            "Si se te poncha una llanta en la noche, márcale a {first_m}, tiene su llantera en {address_short} y sale a domicilio. El número de la llantera es {phone}, a mí me salvó en la carretera.",
            "Llantera {last}: vulcanizado, balanceo y llantas seminuevas. {address_short}, {city}. Servicio a domicilio al {phone}. Pregunte por el dueño.",
            "se me murió la batería afuera del trabajo y el de las talachas llegó en 15 minutos. se llama {first_m}, el número del negocio es {phone}, guárdenlo",
        ],
        n=7,
    ),
]

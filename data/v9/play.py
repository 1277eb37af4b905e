# ruff: noqa: E501
"""v9 corpus groups: neg.game, neg.sports, neg.fiction_film, neg.benign, neg.obfuscated, threat.direct, threat.conditional, threat.group, threat.obfuscated, sol.call_to_action. Contrastive pairs. Fictitious people and reserved numbers only."""

POOLS: dict[str, list[str]] = {
    "v9pl_board": ["Catan", "Risk", "Diplomacy", "Twilight Imperium", "Scythe"],
    "v9pl_region": [
        "Kamchatka",
        "the Ural stretch",
        "the wheat hexes",
        "Irkutsk",
        "the whole south coast",
    ],
    "v9pl_mobile": [
        "Clash of Clans",
        "Rise of Kingdoms",
        "Boom Beach",
        "Lords Mobile",
        "Clash Royale",
    ],
    "v9pl_clan": ["Iron Wolves", "Night Owls KC", "RiverRats", "the Brick Brigade", "Gr8 Danes"],
    "v9pl_lan": [
        "the LAN at the Elks lodge",
        "the Fragfest LAN at the convention center",
        "the library game night",
        "the LAN party at Pixel Forge",
        "the regional qualifier at the mall",
    ],
    "v9pl_derby": [
        "the Hellcat Hexes",
        "Rolling Thunder Dames",
        "the Slam Diego Sirens",
        "Brick City Bruisers",
        "the Quad Squad",
    ],
    "v9pl_axebar": [
        "Hatchet House",
        "Timber & Tap",
        "the Chop Shop axe bar",
        "Lumberjack Lanes",
        "Split Decision Axe Bar",
    ],
    "v9pl_play": [
        "West Side Story",
        "Romeo and Juliet",
        "Macbeth",
        "the fall production of Sweeney Todd",
        "Julius Caesar",
    ],
    "v9pl_reenact": [
        "the 1863 Skirmish at Mill Creek",
        "the Battle of Cedar Ford",
        "Fort Halloran Living History Days",
        "the Siege of Port Linden reenactment",
    ],
    "v9pl_pest": [
        "raccoons under the deck",
        "a wasp nest in the eaves",
        "moles in the back lawn",
        "pigeons in the attic vent",
        "a family of rats in the garage",
    ],
    "v9pl_tree": [
        "the dead silver maple",
        "that leaning cottonwood",
        "the ash the borers got",
        "the big split oak",
    ],
    "v9pl_hustle": ["$20", "$40", "fifty bucks", "a hundred bucks"],
}
POOLS_ES: dict[str, list[str]] = {
    "v9pl_cancha_es": [
        "la cancha del CBTIS",
        "el campo de la Unidad Deportiva",
        "la cancha de la prepa",
        "el campo del parque Tangamanga",
    ],
    "v9pl_subida_es": [
        "la subida a la Bufa",
        "el Cerro de la Silla",
        "la subida a Chipinque",
        "la cuesta del Mirador",
    ],
    "v9pl_grupo_es": [
        "los reporteros del Diario del Valle",
        "los polis de la caseta de la entrada",
        "los migrantes del albergue de la parroquia",
        "las enfermeras del Centro de Salud",
        "los maestros del plantón de la plaza",
        "los de la migra que se quedan en el motel de la carretera",
    ],
    "v9pl_colonia_es": [
        "la colonia Las Flores",
        "la unidad habitacional Los Encinos",
        "la colonia Centro",
        "la colonia San Juan",
    ],
}

GROUPS: list[dict] = [
    # ---------------------------------------------------------------- board-game night
    dict(
        family="neg.game",
        lang="en",
        labels="",
        note="board-game night chat about conquering a friend's territory and wiping out their armies; the harm is to game pieces (policy: games are not threats)",
        templates=[
            "{first} you left {v9pl_region} wide open last week. Thursday at {v9pl_board} night I'm rolling through it and wiping out every army you own. Bring snacks, not hope.",
            "Game night recap: {first_f} betrayed me on turn 4, so on turn 5 I took out her capital and crushed her last three armies. She's plotting revenge for next week lol",
            "ok {first}, you stabbed me in the back at {v9pl_board} and I will remember it. next session your empire dies first. same table, same chips, bring the rulebook",
            "{v9pl_board} group chat: who's hosting friday? also {first} is officially on my list. the alliance is dead, your settlements are getting burned to the ground (the wooden ones)",
        ],
        n=7,
    ),
    dict(
        family="threat.direct",
        lang="en",
        labels="T",
        note="a board-game grudge turns into a stated plan to physically beat the real person; the target and the act are real, not game pieces (policy: intent to physically harm an identifiable person)",
        templates=[
            "{first}, this isn't about {v9pl_board} anymore. You took my money and laughed in my face. I'm coming to your place after your shift and I'm breaking your hands so you never roll dice again. Not a figure of speech.",
            "game night's cancelled for you {first}. you stole from the pot and lied about it. next time I see you I'm beating you until you can't stand up, and I'll bring the bat to make sure",
            "Tell {first_m} he can stop texting the group. After what he did on Thursday I'm going to find him this weekend and put him in the hospital myself. That's not trash talk, I mean his actual face.",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- clan war vs real call
    dict(
        family="neg.game",
        lang="en",
        labels="",
        note="a mobile-strategy clan organises a timed war attack on a rival clan's bases with gem rewards from the leader; an in-game raid and in-game rewards are not a call to violence (policy: game bounties)",
        templates=[
            "{v9pl_clan} war starts 9pm sharp. Everybody hit their base once before midnight, and whoever takes out their leader's town hall gets 500 gems from me. Don't waste attacks on the bottom bases.",
            "clan chat: {v9pl_mobile} war vs {handle}'s clan tonight. target their top 3, 3-star the leader, wipe them off the board. I'll pay 1,000 gems to whoever finishes the leader",
            "Reminder from co-leader: war day. Hit {handle} first, that's their leader and the base is weak on the left. Whoever destroys it gets promoted to elder.",
            "everyone in {v9pl_clan}: coordinated attack at 8. take out the leader, then sweep the rest. whoever gets the most stars wins the in-game chest",
        ],
        n=7,
    ),
    dict(
        family="sol.call_to_action",
        lang="en",
        labels="S",
        note="the same clan-war register urges members to beat the rival leader in person at a public event the author will not attend; a call on others to physically attack a real person is solicitation (the author takes no part, so not a threat)",
        templates=[
            "forget the war. {handle} is going to be at {v9pl_lan} saturday, real life. whoever's going, catch them in the bathroom and beat them bloody. I'm three states away or I'd do it",
            "{v9pl_clan}, listen. their leader {handle} will be at {v9pl_lan} this weekend. somebody needs to jump that guy in the parking lot and break his jaw. not in the game. his actual jaw.",
            "PSA to the clan: {handle} shows his face at {v9pl_lan}. whoever sees them, drag them outside and stomp them. I can't be there but you guys can.",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- roller derby vs parking lot
    dict(
        family="neg.sports",
        lang="en",
        labels="",
        note="roller-derby bout promos and team chat about knocking down and burying the rival jammer within the rules; a full-contact sport played by consenting skaters is not a threat (policy: sports)",
        templates=[
            "BOUT DAY! {v9pl_derby} vs the Quad Squad, doors at 6. Their jammer {first_f} is fast, so blockers: wall up, hit her low, and put her on the floor every single jam.",
            "Derby practice notes: {first_f} is their whole offense. We bury her in the pack, she gets zero lead jammer calls, we win by 100. Ice baths after.",
            "{v9pl_derby} are going DOWN saturday. we're gonna knock {first_f} on her butt so many times she'll think the track is her bed. come watch, kids under 12 free",
            "Ref said {first_f}'s hit last bout was legal. Fine. This bout we hit harder and we hit legal. Track at 7, wear the black jerseys.",
        ],
        n=7,
    ),
    dict(
        family="threat.direct",
        lang="en",
        labels="T",
        note="derby vocabulary moves off the track: the author says they will wait at the skater's car after the bout with a weapon; real violence against an identifiable person, not play (policy: threat)",
        templates=[
            "{first_f} from {v9pl_derby}, you broke my girlfriend's wrist on a dirty hit. After the bout skate out to the lot. I'll be next to your car with a tire iron. This isn't derby.",
            "to the {v9pl_derby} jammer {first_f}: enjoy your last bout. I'm waiting outside the rink saturday and I'm bringing something heavier than skates. you'll leave in an ambulance",
            "{first_f} the rules stop at the rink door. saturday after the whistle I'm going to beat you in the parking lot until you can't walk and nobody from your team will be there to help",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- axe throwing
    dict(
        family="neg.sports",
        lang="en",
        labels="",
        note="axe-throwing league chat about killshots, burying axes in the board and ending a rival's season; league sport talk, the axe hits a wooden target (policy: sports)",
        templates=[
            "Axe league night at {v9pl_axebar}, lane 4. {first}, I've been hitting the killshot all week. I'm burying every axe in that board and ending your season in three rounds.",
            "Playoffs recap: {first} went killshot, killshot, bullseye and just destroyed {first_m}. Poor guy never recovered. Next week we finish the bracket at {v9pl_axebar}.",
            "{first} talk all you want, tuesday at {v9pl_axebar} I'm splitting your scoreboard in half. big axe, killshot call, goodnight",
        ],
        n=7,
    ),
    dict(
        family="threat.conditional",
        lang="en",
        labels="T",
        note="at the same axe bar, the author tells an identifiable man that the next axe goes into him if he keeps approaching the author's sister; harm to a person conditional on his conduct (policy: conditional threat)",
        templates=[
            "{first}, come near my sister at {v9pl_axebar} one more time and the next axe I throw goes in your head, not the board. I'm dead serious.",
            "Heard you were bothering my sister again at league night. Do it once more, {first}, and I'll split your skull with the same axe I practice with. You won't walk out of that bar.",
            "{first} if you show up on her lane again I'm not aiming at the target anymore. I'll put the blade in your chest and take my chances",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- tochito / flag football (es)
    dict(
        family="neg.sports",
        lang="es",
        labels="",
        note="carrilla de tochito y americano intramuros sobre taclear, enterrar y sepultar al mariscal rival dentro del juego; el deporte de contacto con reglas no es amenaza (política: deportes)",
        templates=[
            "{first_m}, el domingo en {v9pl_cancha_es} te vamos a sepultar. Tu mariscal no va a tener ni dos segundos para lanzar, lo vamos a taclear hasta que pida cambio.",
            "Final del tochito intramuros: los de Ingeniería contra nosotros. Defensiva, a su quarterback lo quiero en el pasto toda la tarde. Nos vemos a las 9 en {v9pl_cancha_es}.",
            "ya se la saben {first_m}, mañana los enterramos en su propia yarda 10. traigan agua y cinta, que va a estar duro el contacto jaja",
            "El coach dijo: al 12 de ellos lo marcan dos, no lo dejen respirar, lo tumban en cada jugada. Limpio, sin castigo. Calentamos a las 8.",
        ],
        n=7,
    ),
    dict(
        family="threat.conditional",
        lang="es",
        labels="T",
        note="un jugador le avisa a un rival identificable que si lo vuelve a taclear por la espalda lo espera afuera de la cancha con un cuchillo; el daño real a una persona, condicionado a su conducta, es amenaza",
        templates=[
            "{first_m}, vuelve a taclearme por la espalda el domingo y te espero afuera de {v9pl_cancha_es} con la navaja. Ya no es juego, te voy a picar.",
            "Oye {first_m}, una más de esas y no sales caminando del estacionamiento. Traigo el fierro en la troca y te lo meto, me vale el torneo.",
            "mira {first_m}, si me vuelves a lesionar a propósito te voy a buscar saliendo del campo y te voy a romper las piernas con un tubo, para que sepas lo que se siente",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- cycling ride (es)
    dict(
        family="neg.sports",
        lang="es",
        labels="",
        note="chat de un club de ciclismo sobre 'matar' al grupo en la subida y dejar muerto a un compañero en el sprint; táctica de carrera entre amigos (política: deportes)",
        templates=[
            "Rodada del domingo, destino {v9pl_subida_es}: salida 6:30 de la glorieta. {first_m}, prepárate, en la subida te voy a dar cuello y te dejo muerto en el último kilómetro.",
            "Ayer {first_m} nos mató a todos en {v9pl_subida_es}, arrancó en la curva y nadie lo alcanzó. La revancha es el sábado, hay que cazarlo desde abajo.",
            "equipo, el plan para la carrera: dejamos que los de Bici Norte jalen el pelotón y en {v9pl_subida_es} los atacamos y los reventamos. {first_m}, tú cuidas las piernas para el sprint",
        ],
        n=7,
    ),
    dict(
        family="threat.direct",
        lang="es",
        labels="T",
        note="el mismo registro de rodada pasa a una amenaza real: el autor dice que va a bajar a balazos o atropellar a un ciclista identificable; la intención de dañar a una persona es amenaza",
        templates=[
            "{first_m}, ya no es carrera: la próxima vez que te vea en {v9pl_subida_es} te bajo de la bici a balazos. Me quitaste a mi vieja y me la vas a pagar.",
            "Le dicen a {first_m} que no vuelva a rodar por {v9pl_subida_es}. Lo voy a esperar en la troca y lo voy a atropellar, que se acuerde de mí en el suelo.",
            "Este mensaje es para {first_m}: ya sé que sigues rodando. Un día de estos te voy a cerrar el paso con la camioneta y de ahí no te levantas.",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- stage combat
    dict(
        family="neg.fiction_film",
        lang="en",
        labels="",
        note="rehearsal notes and cast messages about stage-combat stabbings and deaths in a school or community play, naming the actors; staged violence in a play is fiction (policy: fiction and film)",
        templates=[
            "Rehearsal notes for {v9pl_play}: Act 2, {first_m} stabs {first2} on the count of three with the retractable knife, blood pack on the left side. Fight captain will run it again Tuesday.",
            "{first2}, you died beautifully tonight but you fell too early. Wait for {first_m}'s second stab, then drop. Props needs the dagger back after every run.",
            "Stage combat call 6pm: {first_m} and {first2} run the murder scene five times at half speed, then full speed. Nobody touches the prop gun except the props master.",
            "Opening night of {v9pl_play} is Friday! {first_m} kills three people before intermission and I promise he's the sweetest guy in real life. Tickets $8 at the door.",
        ],
        n=7,
    ),
    dict(
        family="threat.direct",
        lang="en",
        labels="T",
        note="one cast member tells another that on opening night the knife will be real; the staged scene is used to announce a real stabbing of an identifiable person (policy: fiction framing does not clear a real threat)",
        templates=[
            "{first2}, you got the part I earned. Friday the knife in Act 2 won't be the retractable one. I'm going to stab you for real in front of everyone and they'll clap.",
            "to {first2}: enjoy rehearsals. on opening night of {v9pl_play} I'm swapping the prop blade for my own and you won't be getting up for the curtain call.",
            "I'm done being nice, {first2}. At the Saturday show I'm bringing a real knife to the fight scene. It'll look like acting right up until you bleed out.",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- reenactment
    dict(
        family="neg.fiction_film",
        lang="en",
        labels="",
        note="living-history reenactment schedules with charges, volleys, an execution scene and casualties at set times; a staged historical performance with blank rounds is history and fiction (policy)",
        templates=[
            "This Saturday at {v9pl_reenact}: the Union line forms at 1:30, the Confederate charge hits at 2, and about forty of us take hits and 'die' in the field. Blank rounds only, bring ear protection.",
            "Schedule for {v9pl_reenact}: 11am camp drill, 2pm the cavalry charges the bridge, 4pm the captured spy is 'hanged' at the courthouse square. Family friendly, funnel cakes by the gate.",
            "Reenactor note: {first_m}, you're a casualty in the first volley again this year. Fall near the fence so the spectators can see. Muskets inspected at 9.",
        ],
        n=7,
    ),
    dict(
        family="threat.group",
        lang="en",
        labels="T",
        note="reenactment-style language ('form up', 'charge', 'volley', 'no casualties spared') used to announce a real armed attack on an identifiable group at a place; the author will attack (policy: threat against a group)",
        templates=[
            "This one isn't a reenactment. Saturday we form up at 2 outside the {group_place}, we charge the doors, and the volleys are live. Nobody in that building goes home.",
            "To everyone at the {group_place}: the line forms at dawn and we're bringing real muskets and real rifles. First volley hits at nine sharp. You've been warned.",
            "Our company is done playing soldier. We'll march on the {group_place} Sunday with loaded weapons and cut down everyone inside.",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- film shoot notice (es)
    dict(
        family="neg.fiction_film",
        lang="es",
        labels="",
        note="aviso a vecinos de una filmación con disparos de salva, un 'cuerpo' en la banqueta y calle cerrada; el rodaje de una película es ficción, no amenaza (política: ficción y cine)",
        templates=[
            "Aviso a vecinos de {street}: el {day} de 7 a 14 h habrá filmación de una serie. Se escucharán disparos de salva y habrá un actor 'muerto' en la banqueta. No se asusten, hay permiso del municipio.",
            "Oigan, en {street} andan grabando una película de narcos. Hay balacera falsa a cada rato y patrullas de utilería, ni se espanten. Dicen que terminan el {day}.",
            "La productora avisa: durante el rodaje en {v9pl_colonia_es} habrá explosiones controladas y escenas de tiroteo con armas de utilería. Cierre parcial de {street} de 6 a 11 de la noche.",
            "Ayer en {street} grabaron la escena donde levantan al protagonista, con camionetas y todo. Mi hijo salió de extra, le tocó hacer de sicario jaja",
        ],
        n=7,
    ),
    dict(
        family="threat.group",
        lang="es",
        labels="T",
        note="el mismo formato de aviso a vecinos anuncia una balacera real del autor contra un grupo identificable en un lugar; 'no es película' marca la intención real (política: amenaza contra un grupo)",
        templates=[
            "Aviso a los vecinos de {street}: el {day} en la noche va a haber balacera y no es de película. Vamos por {v9pl_grupo_es}. Que nadie se asome.",
            "No es filmación ni nada de eso: el {day} llegamos con los cuernos a donde están {v9pl_grupo_es} y no va a quedar nadie parado.",
            "Para que no digan que no avisamos: este fin de semana les vamos a caer a {v9pl_grupo_es} con todo, rafagueando. Los vecinos mejor se encierran temprano.",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- fumigación (es)
    dict(
        family="neg.benign",
        lang="es",
        labels="",
        note="aviso del municipio sobre fumigación contra el mosco del dengue por calles y horarios, con 'matar' y 'acabar con ellos'; salud pública, nadie es amenazado",
        templates=[
            "Vecinos de {v9pl_colonia_es}: el {day} a las 9 pasa la camioneta de fumigación por {street}. Abran puertas y ventanas, hay que matar al mosco del dengue antes de que llueva más.",
            "Jornada de descacharrización y fumigación en {street} el {day}. Saquen cubetas y llantas viejas, los larvicidas acaban con ellos en dos días.",
            "Ya pasaron fumigando por {street} y según el de Salud quedaron muertos todos los moscos del canal. Mañana les toca a los de la otra cuadra.",
        ],
        n=7,
    ),
    dict(
        family="threat.group",
        lang="es",
        labels="T",
        note="usa el lenguaje de la fumigación ('limpiar', 'que no quede ni uno') para anunciar que el autor y los suyos van a atacar a personas identificables en un lugar; deshumanizar no quita que sea amenaza",
        templates=[
            "El {day} a las 9 pasamos por {street} a fumigar, y no es contra el mosco: vamos por {v9pl_grupo_es}. Con gasolina y fierros, que no quede ni uno.",
            "Ya estuvo: esta semana limpiamos {v9pl_colonia_es} de plaga. Vamos a ir por {v9pl_grupo_es} a balazos, como se hace con las cucarachas.",
            "Nosotros mismos vamos a desinfectar {street}. El {day} en la noche les caemos a {v9pl_grupo_es} y el que no corra se queda tirado.",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- tree work vs neighbour
    dict(
        family="neg.benign",
        lang="en",
        labels="",
        note="a tree service and a neighbour coordinating removal of a dead tree on a named neighbour's lot (drop it, take it down in pieces, chainsaw at 8); lawful yard work, no person harmed",
        templates=[
            "Hi {first}, heads up from next door: the crew is taking down {v9pl_tree} Tuesday at 8. They'll drop it in pieces toward our side so nothing lands on your fence. Sorry about the chainsaw noise!",
            "Quote for {first} {last}: remove {v9pl_tree}, climb and section, drop the trunk into the driveway, grind the stump. Crew on site by 7:30, done by noon.",
            "{first} asked if we could kill the stump too. Yes, we'll grind it and pour stump killer on the roots. Leave the gate unlocked Tuesday.",
            "Update for the block: {v9pl_tree} on {first}'s lot is coming down {day}. Street parking is closed from 8 to 2 while they drop the big limbs.",
        ],
        n=7,
    ),
    dict(
        family="threat.conditional",
        lang="en",
        labels="T",
        note="a neighbour dispute over a tree, where the author tells an identifiable neighbour he will be attacked with the chainsaw if he cuts one more branch; physical harm conditional on his conduct",
        templates=[
            "{first}, you cut one more branch off my oak and the next thing that hits the ground is you. I own a chainsaw too, and I'm not talking about the tree.",
            "Last warning {first}: touch {v9pl_tree} again and I'll come over that fence and put you in the hospital. I've watched you do it twice.",
            "if {first_m} sends his tree guy into my yard again I'm going to take a bat to {first_m}'s knees myself, not the guy's. he can pick which one first",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- self-defence class vs call to action
    dict(
        family="neg.benign",
        lang="en",
        labels="",
        note="self-defence and martial-arts class posts about breaking an attacker's wrist, choking and striking, practised on partners and pads; consensual training, no real target (policy: not a threat or solicitation)",
        templates=[
            "Women's self-defense workshop {day} at the rec center, 10am. Coach {first_f} will teach you how to break a grabber's wrist, strike the throat and get out. Free, bring water.",
            "Krav maga class recap: we drilled knees to the groin, elbows to the face and the rear naked choke on the pads. {first} tapped me out twice. Sore everywhere.",
            "Reminder: Thursday is knife-defense night. Rubber knives only. Partner up with {first} and practice stripping the blade and putting your attacker on the ground.",
            "Our instructor {first_m} says everyone in class should be able to put a grown man down in three moves by December. Sign-ups for the next session close Friday.",
        ],
        n=7,
    ),
    dict(
        family="sol.call_to_action",
        lang="en",
        labels="S",
        note="the same self-defence vocabulary in a post telling readers to go break a real, identifiable person's wrists and choke him out; urging others to attack a person is solicitation, the author does not say they will join",
        templates=[
            "Everyone from Tuesday class: {first_m} {last} is the one who grabbed the girl at the bus stop. Next time you see him, break his wrist like we practiced and choke him out. He has it coming.",
            "ladies you know the moves now. {first_m} {last} works the door at the bar on {street}. somebody go put him on the ground and stomp his hands so he never grabs anyone again",
            "Use what {first_f} taught you. {first_m} {last} lives around here and gets away with everything. Whoever sees him first, knee him, elbow him and keep going until he stops moving.",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- pest / wildlife vs obfuscated threat
    dict(
        family="neg.benign",
        lang="en",
        labels="",
        note="a neighbourhood post recommending a wildlife and pest company that trapped and killed pests at a named neighbour's house; pests are not people, and the business contact is not doxxing",
        templates=[
            "Shout out to the guy from Hollowbrook Wildlife & Pest. He came out for {v9pl_pest} at {first}'s place, treated it Monday, and by Wednesday everything was dead and gone. Call them, they're fair.",
            "Does anyone know someone who can take out {v9pl_pest}? {first_f} next door had hers poisoned and found them dead in a week, but I'd rather trap and relocate.",
            "Neighbors: we're having {v9pl_pest} handled Thursday morning. If you have cats, keep them in for a day, the bait kills anything that eats it.",
        ],
        n=7,
    ),
    dict(
        family="threat.obfuscated",
        lang="en",
        labels="T",
        obf=True,
        note="the same pest-problem post turns to a neighbour: the author says they will kill the identifiable person; the harm word is obfuscated, the person is real (policy: obfuscated spellings count)",
        templates=[
            "The rat problem on our block isn't in the attic, it's {first_m} {last} at the corner house. Exterminator can't fix that one, so I'll kill him myself this week.",
            "Forget the traps. {first_m} keeps poisoning my dog's water, so I'm going to shoot him like the vermin he is next time he's in his yard.",
            "Pest update: traps worked on the raccoons. Now for {first_m} next door. I'm going to murder him and nobody on this street will miss him.",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- chess / obfuscated game
    dict(
        family="neg.obfuscated",
        lang="en",
        labels="",
        obf=True,
        note="park and club chess trash talk about killing a queen, a dead king and murder on the back rank; a board game, with the harm word obfuscated (policy: games)",
        templates=[
            "{first} at the park tables today: I'm going to kill your queen by move 12 and your king is dead on the back rank. Blitz, 3 minutes, loser buys coffee.",
            "Club night: {first2} murdered me with a knight fork and I was dead lost by move 20. Rematch Thursday, I've been studying the Sicilian.",
            "watched {first} hustle a tourist out of {v9pl_hustle} at speed chess. absolute murder, three games, the guy's king was dead every time",
        ],
        n=7,
    ),
    dict(
        family="threat.obfuscated",
        lang="en",
        labels="T",
        obf=True,
        note="at the same park chess tables, the author says they will stab or shoot the identifiable hustler who took their son's money; real harm to a person, harm word obfuscated",
        templates=[
            "{first_m}, the guy at the park chess tables who took {v9pl_hustle} off my 12-year-old: tomorrow at noon I'm coming to your table and I'm going to stab you. Keep the money for your funeral.",
            "You hustled my kid, {first_m}. I know which bench you sit on every afternoon. I'll be there Saturday and I'm going to shoot you in front of the fountain.",
            "to the chess hustler {first_m}: you laughed at my son. I'm going to hurt you so bad you'll need someone to move your pieces for you. see you at the tables.",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- Spanish obfuscated benign
    dict(
        family="neg.obfuscated",
        lang="es",
        labels="",
        obf=True,
        note="el huerto y el jardín (la helada dejó muerto el limonero, matar el pulgón, levantar la cosecha) con palabra ofuscada; jardinería, sin persona ni daño",
        templates=[
            "La helada de anoche dejó muerto el limonero. {fam_es} dice que le eche cal y que no lo arranque todavía, que a lo mejor retoña.",
            "Para matar el pulgón de las rosas nomás agua con jabón y un chorrito de ajo, cada tercer día. Nada de químicos.",
            "El sábado hay que levantar la cosecha de elote antes de que lleguen los cuervos. ¿Quién me echa la mano? Hay tamales.",
            "ya se me están muriendo las matas del balcón con este calor, las riego diario y nada, y el romero ya está muerto",
        ],
        n=7,
    ),
    dict(
        family="neg.obfuscated",
        lang="es",
        labels="",
        obf=True,
        note="juegos de mesa en familia (UNO, lotería, dominó) con 'matar' y 'muerto' sobre cartas y fichas; palabra ofuscada, sigue siendo un juego entre parientes",
        templates=[
            "En el UNO de anoche mi tía {first_f} me dejó muerto con un +4 cuando ya me quedaba una carta. Nadie le perdona, la revancha es en Navidad.",
            "{first}, ya te tengo muerto en la lotería, nomás me falta el catrín. Si me sale te toca lavar los trastes.",
            "Con el comodín te voy a matar la jugada, primo. Te quedan como diez cartas y yo voy en dos, ni te esfuerces.",
        ],
        n=7,
    ),
    dict(
        family="threat.obfuscated",
        lang="es",
        labels="T",
        obf=True,
        note="la reunión familiar pasa de juego a amenaza real: el autor dice que va a matar o quebrar a un pariente identificable por lo que le hizo a su hermana; palabra de daño ofuscada",
        templates=[
            "Primo {first_m}, ya no es juego de cartas: te vi con mi hermana y te la voy a cobrar. En Navidad, enfrente de todos, te voy a matar.",
            "{first_m}, le pegaste a mi hermana y todos en la familia lo saben. Cuando llegues a la posada te voy a quebrar, y no me importa quién esté.",
            "Ya le avisé a mi jefa: si {first_m} se aparece en la comida del domingo lo dejo muerto en el patio. Lo que le hizo a mi hermana no se perdona.",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- Mario Kart party (es) vs call to action
    dict(
        family="neg.game",
        lang="es",
        labels="",
        note="torneo de Mario Kart en una fiesta con premio en varos al que le tire más caparazones al personaje del cumpleañero; un premio dentro del juego entre amigos no es solicitación (política: juegos)",
        templates=[
            "Torneo de Mario Kart en el cumple de {first_m}, sábado a las 5. Regla especial: al que le aviente más caparazones azules al festejado le doy 100 varos.",
            "oigan, hoy en la reta de Mario Kart todos contra {first_m}, que ganó las últimas cinco. al que lo saque de la pista en Rainbow Road le invito las chelas",
            "Ya quedó la liga de Mario Kart del trabajo. {first_m} va de líder, así que hay recompensa: 200 pesos al que lo tumbe con el rayo en la última vuelta.",
        ],
        n=7,
    ),
    dict(
        family="sol.call_to_action",
        lang="es",
        labels="S",
        note="el mismo 'al que...' de una fiesta se usa para pedir que golpeen de verdad a un hombre identificable en un evento público; el autor no va, así que es solicitud sin amenaza propia",
        templates=[
            "Al que vea a {first_m} {last} en la feria del {day}, rómpanle la cabeza con lo que tengan. Él atropelló al perro de mi abuela y se fue. Yo ando fuera, pero ustedes sí pueden.",
            "raza de {v9pl_colonia_es}: {first_m} {last} va a estar en el baile del sábado. Al que le toque cerca, sáquenlo a la calle y madréenlo hasta que no se levante.",
            "Pásenlo: {first_m} {last} se esconde en las fiestas del pueblo. El que lo encuentre que le dé una golpiza de las que no se olvidan. Se lo ganó.",
        ],
        n=7,
    ),
    # ---------------------------------------------------------------- unpaired negatives
    dict(
        family="neg.game",
        lang="en",
        labels="",
        note="escape-room and zombie-run event listings where players are 'hunted', 'infected' and 'killed' by staff within a timed game; a paid game experience with consenting players is not a threat (policy: games)",
        templates=[
            "Zombie Dash 5K, {day} 8am: every runner wears three flags. Lose all three to the zombies and you're dead, but you still get a medal and a beer at the finish.",
            "Booked the 'Cabin of the Hunter' escape room for {first}'s birthday. The guy in the mask literally chases you for 60 minutes and if he catches you you're out. 10/10, screamed the whole time.",
            "Team building idea: the {biz} crew vs. the zombie room. We get 45 minutes, one of us gets 'infected' every 10, last survivor picks lunch.",
        ],
        n=7,
    ),
    dict(
        family="neg.sports",
        lang="en",
        labels="",
        note="sports-radio and fan-message-board posts after a blowout saying a coach or team 'got murdered' and 'buried', with a call to 'run them out of town' meaning fire them; talk about results and jobs (policy: sports)",
        templates=[
            "We got murdered 45-3 on our own field. Coach {last} has to go. Run the whole staff out of town before signing day, I don't care what the buyout costs.",
            "Caller from {city} on the postgame show: 'They buried us in the second half and {team} just laid down and died. Somebody take this coach out of his misery and fire him.'",
            "Message board thread: {team} were dead on arrival tonight. Kill the offensive coordinator's playbook, hire anybody, please.",
        ],
        n=7,
    ),
    dict(
        family="neg.fiction_film",
        lang="en",
        labels="",
        note="a tabletop-roleplay player asking for advice on playing a villain who threatens the party's cleric and a town guard; describing a character in a game of make-believe is fiction (policy: fiction)",
        templates=[
            "DM advice please: my villain has to threaten the party's cleric in session 4. I want something like 'I know which temple you sleep in.' Too much or perfect?",
            "Writing my BBEG's monologue: he tells the paladin that every guard in the city is on his payroll and they'll burn her village if she testifies. Does that land?",
            "Our DM made the crime lord whisper 'your sister's inn has a lot of dry wood' to my rogue and the whole table went silent. Best session ever.",
        ],
        n=7,
    ),
]

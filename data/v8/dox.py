# ruff: noqa: E501
"""v8 corpus groups: dox.address, dox.phone, dox.email, dox.schedule, dox.school, dox.id_number, dox.combined_with_solicitation, dox.combined_with_threat. Fictitious people and reserved numbers only."""

POOLS: dict[str, list[str]] = {
    # Fake flyer / listing headlines a harasser attaches to someone else's cell.
    "v8dx_flyer": [
        "FREE PS5, first caller gets it",
        "Taylor Swift floor seats, $40 each, call tonight",
        "FREE firewood, come take it, call anytime",
        "Room for rent $300/mo utilities incl, text day or night",
        "Lost wallet FOUND, call to claim, reward given",
    ],
    # Landmarks for walking directions to a private house.
    "v8dx_landmark": [
        "the laundromat with the broken sign",
        "the church with the blue doors",
        "the taco truck that parks by the bus shelter",
        "the corner store with the lottery banner",
    ],
    # Grocery stores (private errands).
    "v8dx_grocery": [
        "Kroger on Route 9",
        "Aldi by the old mall",
        "Safeway on Fremont",
        "Food Lion near the high school",
    ],
    # Off-duty hangouts.
    "v8dx_gym": [
        "the 24-hour gym on Maple",
        "the CrossFit box behind the Target",
        "the YMCA on Jefferson",
        "the climbing gym by the river",
    ],
}
POOLS_ES: dict[str, list[str]] = {
    # Falsos anuncios/calcomanías con el cel de otra persona.
    "v8dx_calco": [
        "Masajes a domicilio 24 hrs",
        "Se compran celulares robados, pago al momento",
        "Cuartos en renta, sin aval, informes a cualquier hora",
        "Préstamos sin buró, llame ya",
        "Se regalan cachorros, llamar de noche",
    ],
}

GROUPS: list[dict] = [
    # ------------------------------------------------------------------ dox.address
    dict(
        family="dox.address",
        lang="en",
        labels="D",
        note="a tenant posts a private landlord's home address so others can confront him in person; disclosing a private person's home address is doxxing, and 'go tell him yourself' asks for no harm, so no solicitation",
        templates=[
            "★☆☆☆☆ Property management at this building is a ghost. Nobody answers the office line. The owner, {first_m} {last}, lives at {address}. If you want your repairs done, go tell him yourself.",
            "PSA for every tenant of {first_m} {last}: the office number is fake, the email bounces. His house is {address}. Knock on his door and ask him about your deposit, that's the only thing that works.",
            "After 4 months with no heat I stopped being polite. Owner of our building: {first_m} {last}, home address {address}. Bring your complaint to his porch, since he won't come to ours.",
            "tenants union group chat: ok so the guy who actually owns the building isn't the mgmt co, it's {first_m} {last}. found his house → {address}. go ask him in person why the elevator's been dead since march",
        ],
        n=7,
    ),
    dict(
        family="dox.address",
        lang="en",
        labels="D",
        note="a neighbourhood gripe post names a private person and gives their home address so others can 'leave a note'; the address disclosure is doxxing, while no harm is requested, so no solicitation",
        templates=[
            "To whoever keeps letting their husky do its business on the {street} lawns: we know it's you, {first_f} {last}, {address}. Neighbors, feel free to leave a note on her door.",
            "Mystery solved re: the fireworks at 2am every weekend. It's {first_m} {last}, {address}. Drop a note in his mailbox if it's keeping you up too.",
            "The person who keeps parking across two spaces in the guest lot is {name}. Lives at {address}. Leave your thoughts on the windshield or the front door, your call.",
            "neighbors: the leaf blower at 6am is {first_m} {last} from {address}. im done being nice. go say something to him",
        ],
        n=7,
    ),
    dict(
        family="dox.address",
        lang="en",
        labels="D",
        note="owner attribution: the text says 'my' but the disclosed address belongs to a third party (an old roommate), posted to expose her; a private person's home address is doxxing",
        templates=[
            "My old roommate {first_f} {last} skipped out on three months of my rent. Her new place is {address}. Anyone who knows her, let her know people are aware.",
            "still salty about my security deposit. my ex-roommate {first_f} moved into {address} like nothing happened. if u see her tell her she owes me",
            "So my former roommate, {first_f} {last}, who left me with the whole lease and a dead cat-sitter bill: she's at {address} now. Posting so everyone in our circle knows where to find her.",
            "Update on my roommate drama: she finally moved, her new address is {address} ({first_f} {last}), and no, she never paid me back. Tag her friends.",
        ],
        n=7,
    ),
    dict(
        family="dox.address",
        lang="en",
        labels="D",
        note="owner attribution: 'his new place' is an ex-partner's address, posted to expose him; a private person's home address disclosed without consent is doxxing, and no harm is asked for",
        templates=[
            "Girls, if you matched with {first_m} on any app, he's not single and he's not 'between places'. His new place is {address}, he lives there with his fiancée. Go ask her.",
            "my ex {first_m} {last} told everyone he moved back to {city}. he did not. his new place is {address}. just saying so people stop covering for him",
            "For the people asking where {first_m} ended up after the breakup and stopped paying his half of my car: his new place is {address}. I'm sure he'd love some visitors to hear the real story.",
            "He blocked me everywhere so I'll say it here. {first_m} {last}, new address {address}. Let him explain himself to the neighbours.",
        ],
        n=7,
    ),
    dict(
        family="dox.address",
        lang="en",
        labels="D",
        note="gives step-by-step directions to a private person's house from public landmarks, to expose her; locating a specific private person's home is doxxing even without a house number, and nothing asks for harm",
        templates=[
            "If you want to talk face to face with {carer}, here's how: get off the 14 at {v8dx_landmark}, walk two blocks toward {street}, it's the yellow duplex with the wind chimes, left door.",
            "{first_f} {last}'s house, since people keep asking: past {v8dx_landmark}, first left, third house on the right, white fence, gnome on the porch. She's home most evenings.",
            "how to find {first_m} {last}: take {street} till you hit {v8dx_landmark}, turn right, he's the house with the boat in the driveway. not hard",
        ],
        n=7,
    ),
    dict(
        family="dox.address",
        lang="es",
        labels="D",
        note="cadena de WhatsApp reenviada que identifica a un particular y da su domicilio para que lo encaren; revelar el domicilio de una persona privada es doxxing y no se pide dañarlo, así que no hay solicitación",
        templates=[
            "*Reenviado* ⚠️ Este es el señor que vende carros chocados como si fueran nuevos: {first_m} {last}. Domicilio: {address}\nSi les vendió a ustedes, vayan a reclamarle en persona.",
            "Compártanlo en sus grupos: el de la foto es {first_m} {last}, el que le quedó mal a media colonia con las remodelaciones. Vive en {address}, ahí pueden ir a pedirle su dinero.",
            "📢 PARA QUE LO CONOZCAN: {first_m} {last}, el 'contratista' que cobra el anticipo y desaparece. Su casa está en {address}, pásenlo a quien lo haya contratado.",
            "Reenvío lo que me mandaron: la señora del video gritándole al repartidor se llama {first_f} {last} y vive en {address}, que la gente sepa quién es.",
        ],
        n=7,
    ),
    dict(
        family="dox.address",
        lang="es",
        labels="D",
        note="atribución: el texto dice 'mi camioneta', pero el domicilio revelado es del compadre, un tercero, expuesto con hostilidad; revelar el domicilio de un particular es doxxing",
        templates=[
            "Le presté mi camioneta a mi compadre {first_m} {last} hace dos meses y nunca me la regresó. Su casa nueva es {address}, por si alguien la ve ahí afuera y le quiere decir algo.",
            "Ya me cansé de ser buena onda. Mi excuñado {first_m} {last} se llevó mi tele y mis herramientas. Se cambió a {address}, ahí está el muy sinvergüenza.",
            "mi exsocio {first_m} {last} se quedó con la lana del negocio y se mudó a {address}, nomás pa que todos sepan dónde vive el ratero",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.phone
    dict(
        family="dox.phone",
        lang="en",
        labels="D",
        note="the author put a private person's personal cell on fake giveaway flyers so strangers flood it; disclosing a personal phone to harass is doxxing, and no physical harm is asked for, so no solicitation",
        templates=[
            "Stapled 200 flyers around campus: '{v8dx_flyer}' with {first_m} {last}'s personal cell, {phone}. That's what you get for stealing my thesis data.",
            "if anyone's near the bus station, the flyer that says '{v8dx_flyer}' has {first_f} {last}'s real number on it ({phone}). took me all night. worth it",
            "Revenge is a laminated poster on every telephone pole in {city}: '{v8dx_flyer}' — {phone}. That's {first_m} {last}'s cell. He cheated on my sister.",
            "made a fake listing, '{v8dx_flyer}', and the contact # is {phone}, which is {first_f} {last}'s personal phone lol. she's gonna have a fun week",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="en",
        labels="D",
        note="owner attribution: the author mentions 'me' and 'my' but the number belongs to a third party (the author's ex) who blocked them, posted so others harass her; a private person's personal phone is doxxing, not solicitation",
        templates=[
            "{first_f} blocked me on everything after I found out about the lying, and her new number is {phone}. I can't message her, but you all can. Tell her what she did.",
            "my ex got a new number so I couldn't reach her. joke's on her, it's {phone}. she blocked me, so y'all text her and let her know she's not fooling anyone",
            "She changed her number AND blocked my sister. New cell for {first_f} {last}: {phone}. Since I can't call, maybe some of you will.",
            "here's {first_f}'s new # since she thinks she can just disappear on me: {phone}. blocked on my end so blow it up for me",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="en",
        labels="D",
        note="discloses a child-protective caseworker's personal cell (not the agency line) so people can confront her; a private person's personal phone is doxxing, and asking people to call is not a request for harm",
        templates=[
            "The CPS caseworker who took my kids is {first_f} {last}. Agency line goes to voicemail, but her personal cell is {phone}. Let her hear from real families.",
            "Posting the private number of the social worker on my case, {first_f} {last}: {phone}. Not the county number, her actual phone. Call her and tell her how you feel about what she's doing.",
            "caseworker {first_f} {last} won't return calls from the office line. found her personal one: {phone}. every parent she's screwed over should use it",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="es",
        labels="D",
        note="el autor pegó calcomanías de anuncios falsos con el celular personal de su excuñada para que la llamen; revelar el teléfono personal de un particular para hostigar es doxxing, sin pedir daño físico",
        templates=[
            "Pegué calcomanías en todo el metro que dicen '{v8dx_calco}' con el cel de mi excuñada {first_f} {last}: {phone}. A ver cuánto le dura el teléfono.",
            "jajaja ya salió en el grupo de la colonia el anuncio de '{v8dx_calco}', el número es el de {first_f} {last}, {phone}. así aprende a meterse en lo que no le importa",
            "Si ven en los postes un papelito de '{v8dx_calco}' y el número {phone}, no es negocio: es el cel personal de {first_m} {last}. Yo lo puse, que le marquen toda la noche.",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="es",
        labels="D",
        note="revela el celular personal del árbitro de una liga amateur para que le reclamen; el número personal de un particular es doxxing, y pedir que le reclamen no es pedir daño",
        templates=[
            "El árbitro que nos robó la final del domingo se llama {first_m} {last}. Su cel personal es {phone}, no el de la liga. Mándenle sus mentadas.",
            "Para los que quedaron igual de enojados que yo con el silbante {first_m} {last}: {phone}. Ese es su celular, díganle lo que piensan de su pitada.",
            "el árbitro vendido de la liga de veteranos, {first_m} {last}, tiene el cel {phone}. ahí se los dejo pa que le reclamen",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.email
    dict(
        family="dox.email",
        lang="en",
        labels="D",
        note="discloses the personal email of a court-appointed evaluator (found in an old alumni directory) so people flood it; a private person's personal email is doxxing, with no harm requested",
        templates=[
            "The 'neutral' custody evaluator in my case, {first} {last}, still uses a personal email from the grad school directory: {email}. The office screens everything. This one doesn't get screened.",
            "Dug up the personal inbox of the psychologist who wrote that garbage report about me: {email}. That's {first} {last}. Tell them what you think of the 'professional opinion'.",
            "psych eval person from my custody hearing: {first} {last}, personal email {email} (alumni page from like 2012 lol). go off",
        ],
        n=7,
    ),
    dict(
        family="dox.email",
        lang="es",
        labels="D",
        note="revela el correo personal (no el de la empresa) de quien ajustó un siniestro para que la gente lo sature de quejas; el correo personal de un particular es doxxing, sin pedir daño",
        templates=[
            "Quien nos negó el pago del choque en la aseguradora es {first} {last}. En la oficina nunca contesta, pero su correo personal es {email}. Escríbanle ahí.",
            "Les comparto el correo personal de {first} {last}, de la aseguradora (no el de la oficina): {email}. A ver si así sí lee lo que nos hizo.",
            "ya encontré el mail personal de {first} {last}, la persona del seguro que me rechazó el reclamo: {email}. llénenselo de quejas",
        ],
        n=7,
    ),
    dict(
        family="dox.email",
        lang="en",
        labels="D",
        note="owner attribution: the author mentions 'my' refund, but the exposed personal email belongs to a third party (a private seller) posted so people flood it; a private person's personal email is doxxing, with no harm asked for",
        templates=[
            "My refund never came, so here's the personal Gmail the seller used on the invoice: {email}. {first} {last}. Not the shop inbox. Let them know how the 'handmade' stuff actually arrived.",
            "scammed out of my deposit for the puppy and ghosted. seller is {first} {last}, personal email {email}. every buyer who got burned should write in",
            "Marketplace seller who sold me a broken stroller and then blocked me: {first} {last}. Private address, straight off the PayPal receipt: {email}. Inbox is all yours.",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.schedule
    dict(
        family="dox.schedule",
        lang="en",
        labels="D",
        note="posts a named officer's off-duty gym routine and where he parks; a private daily routine is doxxing even for an officer, because it is not public law-enforcement activity",
        templates=[
            "{cop} lifts at {v8dx_gym} Mon/Wed/Fri around 5:30 a.m., always parks by the dumpsters out back. Off duty, no uniform, just so you know where to find that one without the badge.",
            "For the folks asking: {cop} is a regular at {v8dx_gym}. Early mornings, weekdays, leaves by 7. Same spot every time.",
            "lol guess who i see every morning at {v8dx_gym} at 6. {cop}. same bench, same time, parks in the back row. creature of habit",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="en",
        labels="D",
        note="posts a named caseworker's weekly grocery run and who she brings; a private person's routine disclosed to expose her is doxxing, not a report of public activity",
        templates=[
            "The caseworker who signed off on the removal, {first_f} {last}, does her shopping at the {v8dx_grocery} every Sunday around 7 p.m. Brings her little boy.",
            "Sunday evenings, {v8dx_grocery}, produce aisle: that's where you'll find {first_f} {last} from family services. Like clockwork.",
            "fyi {first_f} {last} (the DCFS worker) is at {v8dx_grocery} every sunday night, usually 7ish, with her son in the cart",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="en",
        labels="D",
        note="posts a named immigration agent's weekend routine coaching his son's team; a private off-duty routine is doxxing, unlike a report of agents operating in public right now",
        templates=[
            "{agent} coaches his son's U10 soccer team at Memorial Park. Saturdays, 9 a.m. kickoff, he's the one with the clipboard.",
            "Not on duty, not in a vest: {agent} spends every Saturday morning at the Memorial Park fields coaching little league. Thought people should know.",
            "saturday mornings {agent} is at memorial park w his kid's team, 9 to 11. every week",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="es",
        labels="D",
        note="revela la rutina fuera de servicio de un agente de tránsito con nombre (dominó en la cantina, sale solo); la rutina privada es doxxing aunque sea autoridad, porque no es actividad pública en curso",
        templates=[
            "El de tránsito {first_m} {last}, el que infracciona a todos en {street}, juega dominó cada viernes en la cantina de la esquina. Sale como a las 11 y se va caminando solo a su casa.",
            "Para que lo ubiquen sin uniforme: el oficial {last} los viernes en la noche está en el dominó de {street}, siempre hasta cerrar, y regresa a pie.",
            "el tránsito {last} cada viernes en la cantina de {street}, de 8 a 11 más o menos. se va solo caminando",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="es",
        labels="D",
        note="atribución: el texto dice 'mi ex', pero el horario revelado es de él, un tercero, expuesto para que lo encaren; la rutina diaria de un particular es doxxing, sin pedir daño",
        templates=[
            "Mi ex {first_m} {last} ya tiene trabajo nuevo y sigue sin pasar pensión. Entra a las 7 en {workplace}, sale a las 4 y se va en la ruta que pasa por {street}. Ahí lo pueden encontrar.",
            "Para los que me preguntan por el papá de mis hijos: sale de {workplace} diario a las 4, toma el camión en {street}. Que le reclamen en persona.",
            "mi exmarido ({first_m}) ahora chambea en {workplace}, turno de 7 a 4, y siempre come en el puesto de enfrente a la 1. nomás digo",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.school
    dict(
        family="dox.school",
        lang="en",
        labels="D",
        note="discloses which school team a named deputy's children are on and when they compete; a child's school is doxxing even when the parent is an officer",
        templates=[
            "The deputy who ran the eviction on {street}, {first_m} {last}, has twins on the {school} swim team. Meets are Thursday nights.",
            "Interesting thing about {cop}: both kids swim for {school}. Home meets every Thursday, and that parent never misses one.",
            "roster says the {last} twins swim for {school}. yes, THAT deputy {last}. thursday meets",
        ],
        n=7,
    ),
    dict(
        family="dox.school",
        lang="en",
        labels="D",
        note="identifies a trial witness's child's school from a bake-sale post; a private person's child's school disclosed to expose her is doxxing, with no harm requested",
        templates=[
            "The woman who testified against my brother, {first_f} {last}, posted about a bake sale last week. Her daughter goes to {school}. Posting it here since people asked who she is.",
            "{first_f} {last} really took the stand and then posted her kid's {school} fundraiser on Facebook. So yeah, that's where her kid goes.",
            "that witness {first_f} {last}: daughter is in {ordinal} grade at {school}, found it off her bake sale post",
        ],
        n=7,
    ),
    dict(
        family="dox.school",
        lang="es",
        labels="D",
        note="revela la escuela, el grupo y quién recoge al hijo de un agente migratorio con nombre; la escuela de los hijos de una persona es doxxing aunque el padre sea agente",
        templates=[
            "El hijo del agente de migración {first_m} {last} va en {school}, tercero B. Lo recoge la mamá a la 1:30 en su {car}.",
            "Ya sabemos a qué escuela va el niño del agente {last}: {school}, turno matutino. La mamá lo espera afuera en su {car}.",
            "el chamaco del de la migra {first_m} {last} estudia en {school}, 3ro B, y lo recogen en un {car}",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.id_number
    dict(
        family="dox.id_number",
        lang="en",
        labels="D",
        note="an angry customer posts a contractor's SSN from a tax form he left behind; ID numbers of a private person obtained from a document are doxxing",
        templates=[
            "The contractor who took our deposit and vanished left his W-9 on my kitchen counter. {first_m} {last}, SSN {ssn}. Police say it's a civil matter, so here it is.",
            "Since {first_m} {last} wants to ghost us after cashing a $6,000 check: his tax form says SSN {ssn}, DOB {dob}. Enjoy, buddy.",
            "left his paperwork at my house after bailing on the job lol. {first_m} {last} / {ssn} / {dob}",
        ],
        n=7,
    ),
    dict(
        family="dox.id_number",
        lang="en",
        labels="D",
        note="posts the licence number and DOB of the other driver from a crash info exchange, to expose him; ID numbers of a private person are doxxing",
        templates=[
            "Guy rear-ended me on {street}, gave me a fake insurance card and drove off. His licence was real though: {first_m} {last}, DL {dl}, DOB {dob}.",
            "Photo of the license he handed me at the crash before he took off: {first_m} {last}, {dl}, born {dob}. Hit-and-run clown.",
            "accident yesterday, dude's insurance was fake. here's his DL so everyone knows: {dl}, {first_m} {last}, dob {dob}",
        ],
        n=7,
    ),
    dict(
        family="dox.id_number",
        lang="es",
        labels="D",
        note="un trabajador enojado publica el número de seguro social y la fecha de nacimiento del patrón, sacados de unos papeles; publicar números de identificación de un particular es doxxing",
        templates=[
            "El patrón que nos dejó sin pagar tres semanas, {first_m} {last}: su social es {ssn} y nació el {dob}. Lo saqué de los papeles que dejó en la obra.",
            "Ya que {first_m} {last} no quiere pagar la raya, ahí les va su seguro social: {ssn}. Fecha de nacimiento {dob}. Venía en su solicitud de la aseguranza.",
            "papeles del contratista que nos robó: {first_m} {last}, SSN {ssn}, nacido {dob}. que todos sepan",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.combined_with_solicitation
    dict(
        family="dox.combined_with_solicitation",
        lang="en",
        labels="SD",
        note="discloses a named person's child's school and pickup time and offers payment to others to attack him there; a dox combined with a paid solicitation, the author states no own intent",
        templates=[
            "{first_m} {last} picks up his daughter from {school} at 3:10, always on foot. Whoever makes him regret it gets {amount}. Proof first.",
            "Compensation: {amount}. Location: {school} pickup lane, 3:10 p.m. Subject: {first_m} {last}. Outcome: he doesn't walk back to his car.",
            "{school}, 3:10 pickup, {first_m} {last} in the grey jacket. {amount} to the first one who puts him on the ground and keeps him there.",
        ],
        paid=True,
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="en",
        labels="SD",
        note="discloses a home address with the occupant's bedtime and euphemistically calls on others to make sure he can't get up; a dox combined with a call to attack, the author takes no part",
        templates=[
            "{address}. {first_m} lives alone, lights out around 11. Be creative, just make sure he doesn't get back up on his own.",
            "For whoever's been asking about {first_m} {last}: {address}, sleeps on the ground floor, dog's old and deaf. Do what needs doing.",
            "{first_m} {last} — {address}. He's alone on weekends. Somebody please make it so he can't walk into that courtroom.",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="es",
        labels="SD",
        note="revela el domicilio y el carro de una persona y ofrece pago a quien la ataque; doxxing combinado con solicitación pagada, el autor no dice que participará",
        templates=[
            "Se busca quien haga un jale: {first_m} {last}, vive en {address}, anda en su {car}. Al que le rompa las piernas le caen {amount}.",
            "Hay {amount} para quien le dé una calentada a {first_m} {last}. Deja su {car} afuera toda la noche, domicilio: {address}",
            "chamba pa los que sepan: {first_m} {last}, {address}, {car}. {amount} si no se levanta en un mes",
        ],
        paid=True,
        n=7,
    ),
    # ------------------------------------------------------------------ dox.combined_with_threat
    dict(
        family="dox.combined_with_threat",
        lang="en",
        labels="TD",
        note="posts a named person's car and plate and the author states his own intent to hurt him; a dox combined with a threat",
        templates=[
            "Everyone meet {first_m} {last}: {car}, plate {plate}. He keyed my car. I've got his plate memorized, and the next time I see it I'm dragging him out of it and putting him in the hospital.",
            "{car}, {plate}, belongs to {first_m} {last}. Took the spot in front of my house for the last time. I'll be waiting by it tonight and he won't be driving home.",
            "plate {plate}, {car}, {first_m} {last}. saw u at the gas station. next time i see that car im beating u bloody in front of everyone",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_threat",
        lang="en",
        labels="TD",
        note="discloses a named officer's off-duty schedule and the author says he will attack him there; a private routine plus the author's own threat is dox combined with threat",
        templates=[
            "{cop}, you walk your dog down {street} at 10 every night, alone. I'll be there one of these nights and you won't walk back.",
            "Sundays, 8 a.m. service, back pew. That's you, {cop}. I'm going to be sitting right behind you and you won't make it to the parking lot.",
            "{cop} leaves {v8dx_gym} at 6:45, same door every day. I'm going to be waiting by that door with a bat.",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_threat",
        lang="es",
        labels="TD",
        note="revela el carro, las placas y dónde duerme la troca de una persona y el autor amenaza con quemarla con ella adentro; doxxing combinado con amenaza propia",
        templates=[
            "{first_m} {last}, ya sé cuál es tu nave: {car}, placas {plate}, la dejas en {street} toda la noche. La próxima vez que te vea te la prendo contigo adentro.",
            "Placas {plate}, {car}, estacionada en {street}. Es la nave de {first_m} {last}. Sigue de chismoso y yo mismo te la quemo contigo dentro.",
            "{car} placas {plate} afuera de tu casa en {street}, {first_m}. ya te tengo bien ubicado, la próxima te parto la madre yo",
        ],
        n=7,
    ),
]

# ruff: noqa: E501
"""v7 corpus groups: dox.phone, dox.combined_with_solicitation, dox.id_number, dox.schedule, dox.email, dox.combined_with_threat. Fictitious people and reserved numbers only."""

POOLS: dict[str, list[str]] = {
    # Invented passport numbers (letter plus eight digits, no phone-shaped runs).
    "v7dx_passport": ["N31870426", "R90451378", "T27736041", "L64102958", "H05589213"],
}
POOLS_ES: dict[str, list[str]] = {
    # CURP-shaped strings, invented.
    "v7dx_curp": [
        "MAVG880412HJCRLS06",
        "LOPR950721MNLPZB03",
        "GUTE810130HCHTRD09",
        "BESC990615MSRSNR01",
        "RIAJ760908HBCVLN04",
    ],
    # Número de seguridad social (IMSS) con forma inventada.
    "v7dx_nss": ["4317-85-2290-3", "0298-76-5113-8", "6124-90-7731-2", "3380-81-4406-5"],
    # Anuncios falsos de broma.
    "v7dx_anuncio": [
        "vendo iPhone nuevo en 2 mil pesos",
        "se rentan cuartos baratos cerca del centro",
        "se regala refri funcionando",
        "doy clases de guitarra gratis",
        "compro chatarra a domicilio, pago bien",
    ],
}

GROUPS: list[dict] = [
    # ------------------------------------------------------------------ dox.phone
    dict(
        family="dox.phone",
        lang="en",
        labels="D",
        note="posts a private person's personal cell and urges a prank pile-on of sign-ups and callback forms; the disclosed personal phone is doxxing, and urging calls is not a request to harm (decision 5), so no solicitation",
        templates=[
            "entered {first_m} {last}'s cell into every 'free solar quote' and extended car warranty form I could find. {phone}. if ur bored at work add it to a few more lol",
            "Weekend project: {first_f} {last}'s personal number ({phone}) is now signed up for timeshare tours, gutter estimates and three different psychic hotlines. Feel free to contribute.",
            "pro tip for the group: {phone} is {first_m} {last}'s actual cell. every 'request a callback' box on the internet is fair game 😂",
            "My sister's ex {first_m} {last} thinks he can ghost her. His number is {phone}. I've got him on 40 mattress-sale text lists so far, who can get him to 100?",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="en",
        labels="D",
        note="a teen group-chat message exposes a classmate's private cell so everyone spams them for 'snitching'; a private person's personal phone shared for a pile-on is doxxing (decision 5), not solicitation",
        templates=[
            "ok who told the principal about the party. it was {first_f} {last}. her number is {phone} everybody text her 🐀 emojis till her phone dies",
            "[group chat: seniors 🎓] {first_m} {last} snitched on the senior prank. cell: {phone}. spam him",
            "yall {first_f} is the reason the trip got cancelled. {phone} thats her real # not her finsta, send her ur thoughts",
            "pinned: snitch's number 👉 {phone} ({first_m} {last}). add him to every group chat u have",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="en",
        labels="D",
        note="a small-business owner posts a customer's personal cell taken from an order or booking form after a bad review; a private person's phone disclosed without consent is doxxing even when a business account posts it",
        templates=[
            "Since {first_f} {last} wants to give my bakery one star over a cake SHE picked up late, here's the cell from her order form: {phone}. Let her know what you think of her review.",
            "To the lady who said my groomer 'ruined' her dog: you gave us your personal number when you booked, {first_f}. {phone}. Everyone who loves this shop, feel free to use it.",
            "Posting from the shop account because I'm done: customer {first_m} {last} disputed the charge after eating the whole meal. His number from the reservation: {phone}.",
            "Photographer here. Client ghosted on the final payment and left a fake review. Booking form says {first} {last}, mobile {phone}. Share widely.",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="en",
        labels="D",
        note="posts a code inspector's, parole officer's or zoning member's personal cell lifted from their private sale ad or kid's fundraiser flyer, not the office line; a public servant's private phone is doxxing (decision 3)",
        templates=[
            "The code enforcement guy who red-tagged half our street, {first_m} {last}, is selling his bass boat online. Listing has his personal cell: {phone}. The city line never answers, this one will.",
            "lol the parole officer who violated my cousin is selling a treadmill on marketplace. {first_f} {last}, {phone}, that's her own phone not the county's",
            "The health inspector who shut down the taco truck, {first_m} {last}, put his personal cell on his daughter's cookie-sale flyer: {phone}. Not the county office.",
            "Zoning board's {first_f} {last} has a garage sale ad up with her own cell, {phone}. Since the board email goes nowhere.",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="es",
        labels="D",
        note="pone el celular personal de una persona privada en anuncios falsos, como broma, para que le marquen desconocidos; revelar un teléfono personal para acosar es doxxing, y pedir llamadas no es solicitud de daño (decisión 5)",
        templates=[
            "jajaja puse el cel de {first_m} {last} en un anuncio de '{v7dx_anuncio}, llamar a cualquier hora': {phone}. ya le deben estar marcando",
            "Subí el número de mi ex {first_m} a todos los grupos de compra-venta con '{v7dx_anuncio}'. Es {phone}, su personal. Si ven el anuncio, compártanlo 😂",
            "para el que quiera ayudar con la broma: {phone} es el whats de {first_f} {last}. pónganlo en cualquier anuncio de '{v7dx_anuncio}' y a ver cuánto aguanta",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="es",
        labels="D",
        note="exhibe el celular personal del vecino que le habla a la grúa y pide que le marquen de madrugada; acoso sin violencia con el teléfono personal de una persona privada es doxxing (decisión 5)",
        templates=[
            "El vecino que le habla a la grúa por cualquier carro mal estacionado es {first_m} {last}, del {unit}. Su cel personal: {phone}. Márquenle a las 3 de la mañana, a ver si le gusta que lo molesten.",
            "ya me llevaron el carro otra vez por culpa de don {first_m}. aquí su número: {phone}. llamadas perdidas toda la noche, raza",
            "A todos los de la cuadra a los que les han llevado el carro: el que reporta es {first_m} {last}. {phone}. Ya saben, que no duerma.",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="es",
        labels="D",
        note="publica el celular personal (no el de la oficina) de una trabajadora social del DIF o de un actuario del juzgado; el teléfono privado de un servidor público es doxxing (decisión 3)",
        templates=[
            "La trabajadora social del DIF que nos quitó a la niña es la licenciada {first_f} {last}. En la oficina nunca contesta, pero su celular personal es {phone}. Sáquenle plática.",
            "el actuario que vino a embargarle la casa a mi suegra se llama {first_m} {last}, su cel particular es {phone}, lo dejó anotado en un papel. no es el del juzgado",
            "Número personal de la licenciada {last}, la del DIF: {phone}. Ese sí lo contesta, el de la oficina no.",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.email
    dict(
        family="dox.email",
        lang="en",
        labels="D",
        note="posts a private person's personal email with a copy-paste letter for a mass email campaign; urging messages is not solicitation (decision 5), but the disclosed personal email is doxxing",
        templates=[
            "COPY AND PASTE 👇\nTo: {email}\nSubject: Shame on you\n'{first}, the whole town knows what you did to that dog.'\nThat's {first} {last}'s personal inbox. Send it, then share this post.",
            "Here's a template, just hit send: to {email}, 'You should resign from the PTA today.' It's {first} {last}'s personal address, not the school one. Goal is 500 emails by Friday.",
            "Want to help? Paste this into a new email to {email}: 'We know it was you who reported the community garden.' Sign your name or don't. (That's {first} {last}'s private email.)",
        ],
        n=7,
    ),
    dict(
        family="dox.email",
        lang="en",
        labels="D",
        note="posts a private person's personal email read off a payment receipt, transfer notice or invoice after a dispute; exposing a personal email without consent is doxxing",
        templates=[
            "They paid me back on PayPal and the receipt shows the personal email, so: {email}. That's {first} {last}, the one who got my booth kicked out of the craft fair.",
            "fun thing about e-transfer notices, they show the sender's email. {first} {last} (the buyer who backed out of my car after I turned down two other offers) = {email}",
            "Invoice for the deposit they never honored still has the contact: {first} {last}, {email}. Personal, not the company one. Use it however you want.",
        ],
        n=7,
    ),
    dict(
        family="dox.email",
        lang="es",
        labels="D",
        note="cadena que da el correo personal de una persona privada con un texto para copiar y mandarle en masa; pedir mensajes no es solicitud (decisión 5), pero revelar el correo personal es doxxing",
        templates=[
            "COPIEN Y PEGUEN ✉️ Para: {email}. Asunto: Ya sabemos que fuiste tú. Es el correo personal de {first} {last}, quien denunció la kermés. Entre más lleguen, mejor.",
            "Mándenle esto a {email}: 'Deje de meterse en lo que no le importa.' Es el correo particular de {first} {last}, del comité de vecinos, no el de la asociación.",
            "Les dejo el mail personal de {first} {last}: {email}. Copien el texto de abajo y envíenlo todos hoy 👇 'Usted es la razón por la que cerraron el tianguis.'",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.id_number
    dict(
        family="dox.id_number",
        lang="en",
        labels="D",
        note="a landlord posts a former tenant's SSN and birthdate from the rental application to 'warn' others; a private person's ID number (invalid by construction) disclosed without consent is doxxing",
        templates=[
            "Landlords in {city}, do NOT rent to {first_m} {last}. Skipped out owing three months. From his application: SSN {ssn}, DOB {dob}. Run it before you hand over keys.",
            "Ex-tenant {first_f} {last} trashed my duplex and vanished. Her rental app is right here: social {ssn}, born {dob}. Collections, she's all yours.",
            "posting this in the landlord group: {first_m} {last}, ssn {ssn}. left the unit full of trash and took the fridge",
            "Warning to every property manager in the county. Name: {first_m} {last}. SSN: {ssn}. DOB: {dob}. Taken straight off the application he signed.",
        ],
        n=7,
    ),
    dict(
        family="dox.id_number",
        lang="en",
        labels="D",
        note="posts an immigrant's ITIN (SSN-shaped, invalid by construction) to expose their status to neighbours or coworkers; disclosing a private person's tax ID number is doxxing",
        templates=[
            "Our building's new cashier, {first_f} {last}, files taxes with an ITIN, not a real social: {ssn}. Saw it on the form she dropped in the laundry room. Thought people should know.",
            "{first_m} {last} from the landscaping crew? ITIN {ssn}. No SSN, no papers. Posting it so the whole block knows.",
            "Here's the tax ID {first} {last} uses at the restaurant: {ssn}. It's an ITIN. Draw your own conclusions.",
        ],
        n=7,
    ),
    dict(
        family="dox.id_number",
        lang="en",
        labels="D",
        note="posts a former friend's passport number and birthdate from a group-trip chat after a money dispute; a private person's ID number shared publicly is doxxing",
        templates=[
            "{first_f} {last} bailed on the beach trip and won't pay back her share of the villa. She sent the group chat her passport for the flights, so here: passport {v7dx_passport}, DOB {dob}.",
            "bachelor party update: {first_m} owes us all $400. passport no. {v7dx_passport}, born {dob}, name {first_m} {last}. since he wants to act like a stranger",
            "Posting the passport details {first} {last} gave us for the cruise booking, because apparently we're not friends anymore: {v7dx_passport}, {dob}.",
        ],
        n=7,
    ),
    dict(
        family="dox.id_number",
        lang="es",
        labels="D",
        note="publican en el grupo del trabajo el número de seguro social del IMSS y la CURP de un compañero para exhibirlo; revelar números de identificación de una persona privada es doxxing",
        templates=[
            "Pa' que vean quién es la que fue de chismosa a Recursos Humanos: {first_f} {last}, NSS {v7dx_nss}, CURP {v7dx_curp}. Está en su alta del seguro.",
            "ahí les dejo el número de seguro del IMSS de {first_m} {last}, el que nos acusó con el gerente: {v7dx_nss}. también su CURP {v7dx_curp}",
            "Datos de la nueva del turno de noche que ya anda de barbera: {first_f} {last}, CURP {v7dx_curp}, NSS {v7dx_nss}. Los saqué de su expediente.",
        ],
        n=7,
    ),
    dict(
        family="dox.id_number",
        lang="es",
        labels="D",
        note="publica el seguro social (inválido por construcción) y la licencia de manejo de la vecina que llamó a la migra, como represalia; revelar los números de identificación de una persona privada es doxxing aunque no haya amenaza",
        templates=[
            "La que le habló a la migra a los del {unit} es {first_f} {last}. Aquí su seguro social, {ssn}, y su licencia, {dl}. Pa' que sienta lo que es que la expongan.",
            "ya supimos quién fue. {first_f} {last}, social {ssn}, license {dl}, lo sacó mi prima del taller donde llevó su carro",
            "A ver si le gusta: {first_f} {last}, fecha de nacimiento {dob}, número de seguro social {ssn}. Ella sí tiene papeles, ahora que los cuide.",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.schedule
    dict(
        family="dox.schedule",
        lang="en",
        labels="D",
        note="a former employee posts a shop manager's cash-deposit routine with day, time and route; a private person's routine that locates them is doxxing, and no one is asked to act",
        templates=[
            "Fun fact about the manager who fired me, {first_m} {last}: every Friday around 10 p.m. he walks the night deposit from {biz} to the bank drop on {street}. Same bag, same route.",
            "{first_f} {last} closes out the register at {biz} and carries the cash to the bank on {street} herself, Mondays and Fridays, usually right after 9. That's how it works there.",
            "ex-employee here. owner {first_m} {last} does the deposit run himself, sat nights ~10:30, parks on {street}, walks the last block with the bag",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="en",
        labels="D",
        note="a friend of her ex posts where a woman who moved away spends her week (support meeting, laundromat, groceries) with days and times; a private person's routine disclosed without consent is doxxing",
        templates=[
            "For the people asking where {first_f} went after the divorce: she's at the Wednesday 7 p.m. meeting in the basement of the church on {street}, and at the laundromat next door Sunday mornings around 8.",
            "{first_m}'s ex thinks nobody knows her new routine lol. support group thursdays 6:30 at the community center on {street}, then the bus home. every week.",
            "Not that it's my business, but {first_f} {last} hasn't changed a thing: Tuesday night group at the clinic on {street}, out by 8, then groceries at the Shopwell on Grackle St.",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="en",
        labels="D",
        note="compiles a streamer's offline weekly routine (gym, class, bus) with their real name, days and times; a private person's schedule is doxxing even when pieced together from their streams",
        templates=[
            "{handle} IRL schedule (compiled from his streams, real name {first_m} {last}):\nMon/Wed – boxing gym on {street}, 6 pm\nSat – farmers market, ~9 am\nSun – lunch at his mom's, back by 4",
            "for everyone asking: {handle} is never live on thursdays bc she has pottery at the studio on {street} 7-9pm. her name's {first_f} {last}. saturdays she does the 10am spin class two doors down",
            "Pieced it together from the background noise and the bus announcements. {handle} ({first} {last}) catches the 8:10 bus on {street} every weekday and is back home by 3.",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="es",
        labels="D",
        note="publica la rutina semanal de un testigo de un juicio (cuándo cobra, a qué cantina va, por dónde camina a su casa); la rutina que ubica a una persona privada es doxxing aunque no haya amenaza",
        templates=[
            "El testigo del caso del taller, {first_m} {last}, cobra los viernes en {workplace} a las 6 y de ahí se va a la cantina de {street}. Sale como a las 11 y se regresa caminando.",
            "pa' los que preguntaban por {first_m}, el que fue a declarar: viernes de quincena se echa sus cervezas en la cantina de {street} hasta tarde, luego camina solo a su casa",
            "Rutina de {first_m} {last} (sí, el testigo): lunes a viernes en {workplace}, sale a {time}; los sábados juega dominó en la cantina de {street} desde las 5.",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="es",
        labels="D",
        note="revela la rutina personal de fin de semana de un agente del Ministerio Público (parque con sus hijos, desayuno, canchas), no su oficina; la rutina privada de un servidor público es doxxing (decisión 3)",
        templates=[
            "El licenciado {last} del Ministerio Público, el que no nos quiso tomar la denuncia: los domingos a las 10 lleva a sus niños al parque de {street} y se sienta en la banca junto a la fuente.",
            "fuera de la oficina el del MP es bien fácil de ubicar: {first_m} {last}, cada {day} en la tarde en las canchas de {street} con su hijo, de 5 a 7",
            "Ya que en la agencia nunca está: el agente del MP {first_m} {last} desayuna todos los sábados a las 9 en la fonda de {street} con su esposa. Siempre en la mesa de la ventana.",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.combined_with_solicitation
    dict(
        family="dox.combined_with_solicitation",
        lang="en",
        labels="SD",
        note="a gaming-community post unmasks a moderator's real name and personal cell and urges members near him to go hurt him; the author only urges others (solicitation, not threat) and the phone is a dox",
        templates=[
            "this mod who banned half the clan is {first_m} {last} irl, cell {phone}, lives somewhere off {street} in {city}. anyone local pull up and break his fingers so he can't ban anyone else",
            "Doxx drop: {handle} = {first_m} {last}. Number {phone}. If you're in {city}, go find him and beat him till he deletes the server.",
            "irl info on the admin: {first_m} {last}, {phone}, {city}. somebody from the {city} squad go stomp him out, he earned it",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="en",
        labels="SD",
        note="a neighbourhood post gives a private man's nightly walk time and route and tells others to be waiting with bats or something heavy; an unpaid call to attack (others act) plus a schedule dox",
        templates=[
            "Our block's 'problem' is {first_m} {last}. Walks his dog down {street} around 10 every night, nobody around. If a few of you happened to be out there with bats, nobody on this street saw a thing.",
            "{first_m} {last}, the guy from the zoning fight, cuts through the park on {street} around 9:30 every evening. Some of you keep saying he needs a lesson. That's where and when. Bring something heavy.",
            "Just saying, for the men of this neighbourhood: {first_m} {last}, {street}, 10 p.m., every night, alone. Somebody needs to make sure he limps home.",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="en",
        labels="SD",
        note="posts a private man's jail-release day and the address where he will stay, and pays others (commissary or app money) to attack him there; a paid solicitation plus an address and schedule dox",
        templates=[
            "{first_m} {last} gets out of county {day} morning, release is usually around 9. He's staying at his mom's, {address}. Whoever greets him on that porch with a pipe gets {amount}, no questions asked.",
            "Word is {first_m} {last} is getting released {day}. Going to his girl's place at {address}. {amount} to whoever makes sure his first night out ends in the ER.",
            "heads up: {first_m} {last} walks out of county {day}. staying at {address_short}. {amount} to whoever puts him right back in a hospital bed",
        ],
        paid=True,
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="en",
        labels="SD",
        note="mimics a lawful reward notice but pays for violence, not information, and lists the person's personal cell and licence number; a paid solicitation plus a phone and ID dox",
        templates=[
            "REWARD: {amount}. Not for information. For whoever makes {first_m} {last} pay in blood. For reference: cell {phone}, DL {dl}, DOB {dob}.",
            "CASH REWARD {amount} — the police won't do anything so we will pay. {first_m} {last}, phone {phone}, licence {dl}. Paid to whoever puts him in the hospital. Proof by photo.",
            "💰 {amount} REWARD 💰 for the person who breaks {first_m} {last}'s jaw. Yes really. His number: {phone}. His licence, so you know it's him: {dl}.",
        ],
        paid=True,
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="es",
        labels="SD",
        note="publica el domicilio y el horario de los domingos de un árbitro de liga llanera y llama a la porra a golpearlo, sin pago y sin que el autor diga que participa; llamado a atacar más doxxing",
        templates=[
            "El árbitro que nos robó la final es {first_m} {last} y vive en {address}; el domingo pita en la cancha de {street} a las 10. Porra, cuando termine el partido caíganle y que no se vaya caminando.",
            "{first_m} {last}, el árbitro vendido. Vive en {address} y los domingos a las 10 está en la cancha de {street}. A ver si alguien le enseña a respetar, a golpes.",
            "pa' los de la porra: el árbitro {first_m} {last} sale de la cancha de {street} como a las 12 y se va a su casa ({address}). espérenlo y denle una madriza.",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="es",
        labels="SD",
        note="publica el celular personal de un coyote que se quedó con el dinero de la gente y dónde encontrarlo, y ofrece pago a quien lo golpee; el autor sólo paga, así que es solicitud más doxxing",
        templates=[
            "Este es el coyote que se quedó con la lana de mi familia: {first_m} {last}, su cel {phone}. Todas las noches está en la cantina de {street}. Al que le quiebre las manos le doy {amount}.",
            "{first_m} {last} nos cobró y nunca nos pasó. Su número personal es {phone} y los viernes se la pasa en la cantina de {street}. {amount} pa'l que lo deje en el hospital.",
            "hay {amount} pa' quien le parta la cara al coyote {first_m} {last}. se le encuentra en la cantina de {street} o háblenle al {phone} haciéndose pasar por clientes",
        ],
        paid=True,
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="es",
        labels="SD",
        note="publica la CURP y el celular de un deudor y ofrece la mitad de la deuda a quien se la 'cobre' a golpes; pago a otros por dañar (solicitud) más doxxing de identificación y teléfono",
        templates=[
            "{first_m} {last} me debe 30 mil y no paga. CURP {v7dx_curp}, cel {phone}. Al que me haga el favor de cobrárselo a golpes le dejo la mitad.",
            "Se busca quien cobre a la antigua 👊 Deudor: {first_m} {last}, CURP {v7dx_curp}, WhatsApp {phone}. El que lo deje bien madreado se queda con la mitad de lo que me debe.",
            "la neta ya me cansé. {first_m} {last}, {phone}, CURP {v7dx_curp}. el que le rompa las costillas se lleva la mitad de la deuda, son {amount}",
        ],
        paid=True,
        n=7,
    ),
    # ------------------------------------------------------------------ dox.combined_with_threat
    dict(
        family="dox.combined_with_threat",
        lang="en",
        labels="TD",
        note="the author shows the target he holds her SSN (invalid by construction), licence number and address and says he will hurt her himself unless she drops the case; a conditional threat plus an ID-number dox",
        templates=[
            "Subject: {first_f}, about the case\n\nSSN {ssn}. DL {dl}. {address}. I have all of it. Drop the lawsuit by {day} or I come to that address and break your hands myself.",
            "{first_m} {last}. Social {ssn}, born {dob}. Funny what you can buy. I know where you sleep too. Keep testifying and I'll put you in the ground.",
            "Your license is {dl}, {first}. Your social is {ssn}. Next thing I get is your front door, and when I walk through it you're going to the hospital.",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_threat",
        lang="en",
        labels="TD",
        note="a business owner's public reply to a bad review posts the reviewer's personal cell and when he leaves work and says the owner will hurt him; a phone and schedule dox plus the author's own threat",
        templates=[
            "Owner response: Thanks for the feedback, {first_m}. Your cell's {phone} and you get off at {workplace} at 6. I'll come thank you in person with a tire iron.",
            "Reply from the owner: {first_m} {last}, {phone}. You leave work at 5:30 every day. Take this review down or I'll be waiting by your car, and you won't drive home.",
            "Response from {biz}: We looked you up, {first_f}. {phone}. Off at 4 on weekdays. One more review and I'll break your jaw myself.",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_threat",
        lang="es",
        labels="TD",
        note="el autor le hace saber a la persona que tiene su CURP y su domicilio y dice que él mismo la va a golpear, levantar o matar si no retira la denuncia; amenaza condicional más doxxing de identificación y domicilio",
        templates=[
            "{first_f} {last}, CURP {v7dx_curp}. Ya tengo hasta tu INE, y ahí viene tu domicilio ({address}), así que retira la denuncia o voy yo mismo a partirte la cara.",
            "mira {first_m}, aquí está tu CURP: {v7dx_curp}. y sé que vives en {address}: sigue de hocicón y te voy a levantar yo",
            "Te mando tus datos pa' que veas que no es juego: {first} {last}, CURP {v7dx_curp}, domicilio {address}; si vuelves a declarar, te mato en tu puerta.",
        ],
        n=7,
    ),
]

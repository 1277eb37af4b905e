# ruff: noqa: E501
"""v6 corpus groups: dox.combined_with_solicitation, dox.combined_with_threat, dox.phone, dox.schedule, dox.address, dox.family_workplace. Fictitious people and reserved numbers only."""

POOLS: dict[str, list[str]] = {
    # Home addresses typed all-lowercase, on the corpus's invented streets and towns.
    "v6dx_addr_lc": [
        "2231 ottergate ln apt 4 riverbend co",
        "88 falconridge dr, dunmore park nj",
        "1407 pennywhistle blvd (the yellow one) port linden",
        "619 silverlace rd unit c westbury falls il",
        "3302 marrowfield way, maple heights, back house",
        "45 old quarry ln #2 fairview oh",
        "907 larkspur ave upstairs, cedar bluff",
    ],
    # Shift patterns for a hospital or care worker.
    "v6dx_shift": [
        "7p to 7a, Thursday through Sunday",
        "nights, Monday to Wednesday, off around 7:15 am",
        "the 3-to-11 shift every weekday",
        "twelves on Friday, Saturday and Sunday, in at 6:45 am",
        "overnights every other week, in at 10:30 pm",
    ],
    # Where someone leaves their car at work (private detail of where they can be found).
    "v6dx_park": [
        "on level 3 of the east parking garage, near the stairwell",
        "at the far end of Lot C, past the dumpsters",
        "on the side street behind the ER, under the broken streetlight",
        "in the employee lot off Ottergate Ln, last row by the fence",
        "on the roof of the visitor garage, always the same corner",
    ],
    # Transit a private person takes, phrased casually.
    "v6dx_bus": [
        "the 42 bus",
        "the Route 9 express",
        "the Blue Line train",
        "the number 12 crosstown bus",
        "the 31 shuttle",
    ],
    # A relative's job as mined from an obituary, wedding page or fundraiser.
    "v6dx_rel_job_found": [
        "a sister who works as a dental hygienist at Brightsmile Family Dentistry on Mossbank Ave",
        "a teenage son who bags groceries at the Shopwell on Grackle St after school",
        "a spouse who manages the tire counter at Pinecomb Auto Body",
        "a mother who cooks in the Marrowfield Elementary cafeteria",
        "a daughter on the evening front desk at the Planet Gym on Larkspur Ave",
    ],
}
POOLS_ES: dict[str, list[str]] = {
    # Domicilios en formato mexicano, muchos en minúsculas (calles y colonias inventadas).
    "v6dx_dir_mx": [
        "calle nogal prieto 412, col. las palmas, c.p. 45210",
        "C. Río Tepalcate No. 87 Int. 4, Col. Jardines del Cerro",
        "av. tamarindos 1530-b, col. valle escondido",
        "cda. del mezquite 19, col. santa irene, entre huizachal y los fresnos",
        "priv. los zorzales #6, fracc. los encinos, cp 66490",
        "calle cerro del colibrí mz 3 lt 22, col. villa nogales",
        "Lomas de Arcilla 208-A, Col. Las Palmas, a media cuadra de la farmacia",
    ],
    # Señas para reconocer la casa.
    "v6dx_senas": [
        "la del portón negro",
        "la casa verde con rejas blancas",
        "la que tiene el tinaco en la azotea pintado de rojo",
        "la de dos pisos con la Tsuru afuera",
        "la que tiene la virgencita en la barda",
    ],
    # Rutas de transporte público.
    "v6dx_ruta": [
        "la ruta 12",
        "la combi de la 4",
        "el camión de Las Palmas",
        "la ruta 7 que va al centro",
    ],
}

GROUPS: list[dict] = [
    # ------------------------------------------------------------------ dox.combined_with_solicitation
    dict(
        family="dox.combined_with_solicitation",
        lang="en",
        labels="SD",
        note="posts a private person's home address in lowercase and pays whoever shows up there and hurts her; a bounty (others act, the author only pays) combined with a home-address dox",
        templates=[
            "{v6dx_addr_lc}. first one to show up there and put {first_f} in the hospital gets {amount}",
            "{amount} to whoever knocks on {v6dx_addr_lc} and leaves {first_f} {last} unable to walk. proof = a pic of the ambulance",
            "ok since nobody believes me: {first_f} {last} lives at {v6dx_addr_lc}. whoever goes over and breaks her jaw, {amount} is yours, sent the same night",
            "Address is {v6dx_addr_lc}. She's home after {time}. I'm paying {amount} to whoever goes in and busts {first_f} up bad enough that she can't make it to court.",
        ],
        paid=True,
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="en",
        labels="SD",
        note="a business-like 'one-time job' ad gives a private man's gym exit time and route and pays someone else to injure him; solicitation with payment plus a schedule dox",
        templates=[
            "Looking for someone local for a one-time job. {name}, walks out of the gym on {street} around {time} Mon-Thu, cuts through the alley to his car. Need him off his feet for a few months. {amount}, half up front.",
            "Paid gig, discreet. Subject: {first_m} {last}. Leaves the gym on {street} at about {time} on weekdays, always alone, always through the back lot. Knees, not head. {amount} on completion.",
            "anyone in {city} want easy money? {first_m} {last} finishes his workout at {time}, gym on {street}, parks behind the laundromat. {amount} if he can't lift a fork by friday. dm me",
        ],
        paid=True,
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="en",
        labels="SD",
        note="a Telegram-style 'task' gives a trial witness's daily bus and stop and pays others to stop him reaching court by hurting him; a paid solicitation combined with a schedule dox",
        templates=[
            "TASK for the {city} guys: witness {first_m} {last}. Takes {v6dx_bus} from the stop on {street} at {time}, every weekday. Make sure he's in no shape to sit in that courtroom. Screenshots get {amount}.",
            "new job posted. the witness rides {v6dx_bus}, boards at {street} around {time}, back row. whoever puts him in a cast before the trial gets {amount}",
            "Witness {first_m} {last} doesn't drive. {v6dx_bus}, {street} stop, {time} sharp. {amount} to anyone who catches him getting off and beats him so bad he forgets what he saw.",
        ],
        paid=True,
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="en",
        labels="SD",
        note="posts a caseworker's or nurse's private home address (not the office) and urges others to go there with weapons, no payment and no author participation; a call to attack plus an address dox",
        templates=[
            "CPS caseworker {first_f} {last} doesn't get to feel safe after taking my kids. She lives at {address}, not the county building. Somebody pay her a visit with a bat.",
            "The nurse who had me thrown out, {first_f} {last}, goes home to {address} every morning. Somebody needs to be waiting on that porch to cave her head in.",
            "Probation officer {first_m} {last} lives at {address}. Someone on this forum go find him there and beat him until he begs. He's earned it.",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="en",
        labels="SD",
        note="posts a private seller's personal cell so others can lure him out as fake buyers and assault him, with the author only paying; solicitation plus a phone dox",
        templates=[
            "{first_m} {last} is selling his bike on marketplace, personal cell {phone}. Text him, set up a meetup, and whoever jumps him when he walks out gets {amount} from me.",
            "his number: {phone}. pretend you want the couch he's selling, get {first_m} outside, then stomp him. {amount} for a video",
            "Bait's easy. {first_m} {last} answers every ad reply on {phone}. Someone book a pickup and break his hands when he comes down. I cover {amount}.",
        ],
        paid=True,
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="es",
        labels="SD",
        note="publica el domicilio en formato mexicano (calle, col.) y ofrece dinero al que se aparezca ahí a golpear o levantar a la persona; el autor sólo paga, así que es solicitud más doxxing",
        templates=[
            "le doy {amount} al que se aparezca en {v6dx_dir_mx} y le rompa las piernas a {first_m} {last}. {v6dx_senas}",
            "{v6dx_dir_mx}, {v6dx_senas}. ahí vive {first_f} {last}, la que nos echó a la policía. {amount} pa'l que vaya y la deje en el hospital",
            "Al que me haga el favor de levantar a {first_m} {last} le pago {amount}. Vive en {v6dx_dir_mx}, sale como a {time}.",
            "quien se anime a ir a {v6dx_dir_mx} y darle una madriza a {first_m} se lleva {amount}, fotos o no hay pago",
        ],
        paid=True,
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="es",
        labels="SD",
        note="pasa el celular personal y la hora de salida del jale de una persona privada y llama a otros a esperarla y golpearla, sin pago y sin que el autor diga que va; llamado a atacar más doxxing",
        templates=[
            "este es el cel de {first_m} {last}: {phone}. sale del jale en {workplace} a {time}. los que anden por ahí espérenlo y pártanle la madre",
            "Pa' los de la colonia: {first_f} {last} agarra {v6dx_ruta} a {time} en {street}. Su número es {phone}. Háganle ver su suerte, que no se baje entera.",
            "{phone} ← es de {first_m}, el sapo. sale de {workplace} a {time} todos los días. al que lo vea, que lo deje tirado",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.combined_with_threat
    dict(
        family="dox.combined_with_threat",
        lang="en",
        labels="TD",
        note="a short message to a witness or complainant repeating their lowercase home address with 'see you soon' after telling them to stay quiet; surveillance as intimidation with a concrete address is threat plus dox",
        templates=[
            "shouldn't have talked to the detectives {first}. {v6dx_addr_lc}. see you soon",
            "{v6dx_addr_lc} right? yeah. keep testifying and we'll see you soon, {first} 🙂",
            "You moved, {first_f}. Cute. {v6dx_addr_lc}. Drop the complaint or I'll be on that porch soon with a bat.",
            "found the new place. {v6dx_addr_lc}. see u real soon {first}, and this time nobody's around to help u",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_threat",
        lang="en",
        labels="TD",
        note="a polite, letter-style message lists a nurse's shift and where she parks and says the author will hurt her there; a schedule dox plus the author's threat",
        templates=[
            "Dear {first_f}, We note you work {v6dx_shift} and park {v6dx_park}. The next time you walk to your car after turning my mother away, I will be there, and you will leave in one of your own ambulances.",
            "Ms. {last}: {v6dx_shift}; parks {v6dx_park}. I have written it all down. I intend to meet you at your car and break your arms, and I wanted you to know it was me.",
            "Nurse {first_f} {last}, a courtesy note: I know your schedule ({v6dx_shift}) and where you park ({v6dx_park}). I'll be waiting there with a knife one of these nights.",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_threat",
        lang="en",
        labels="TD",
        note="texts a witness the exact bus and stop they take and says the author will kill them on it if they testify; a conditional threat plus a schedule dox",
        templates=[
            "You take {v6dx_bus} from {street} at {time}, {first}. Testify Thursday and I'll be on it, and you won't get off alive.",
            "{time}, {v6dx_bus}, the stop on {street}. I've ridden it with you twice. Say my name in court and I shoot you in your seat.",
            "funny how u always sit in the back of {v6dx_bus}, {first}. {street} stop, {time}. talk to the DA again and i'll stab u before ur stop",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_threat",
        lang="en",
        labels="TD",
        note="a livestream chat message posts a streamer's home address and says the author is on the way to beat them; dox of a private home plus the author's own threat",
        templates=[
            "chat he thinks im bluffing. {v6dx_addr_lc}. im 20 min out {handle} and im breaking ur jaw on ur own doorstep",
            "@{handle} {address}. that's you. I'm driving over right now to put you in the ground, stay on stream",
            "{handle} u read the donation? {v6dx_addr_lc}. im outside in an hour and ur getting beat on camera",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_threat",
        lang="en",
        labels="TD",
        note="an off-duty officer's or agent's personal cell posted in a direct message along with the author's intent to hurt them at home; a personal phone of an official is doxxing (decision 3) and the author threatens",
        templates=[
            "Got your personal cell, Officer {last}. {phone}. Not the station line. I'm going to call it the night I'm standing outside your house with a gun.",
            "{phone}. that's yours, deputy {last}, the one your wife texts. next time it rings it's me, out front, and i'm gonna beat you in your own yard",
            "Agent {last}: {phone}, personal. You raided my cousin's place. I'll find you off duty and put you down myself.",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_threat",
        lang="es",
        labels="TD",
        note="repite el domicilio con colonia y señas de la casa y remata con 'nos vemos pronto' más la intención del autor de golpear o matar; amenaza más doxxing",
        templates=[
            "{v6dx_dir_mx}, {v6dx_senas}. ¿a poco creíste que no iba a dar contigo, {first}? nos vemos prontito, y te voy a romper la madre",
            "{first_f}, ya sé que estás en {v6dx_dir_mx}. Sigue de sapa con el MP y nos vemos pronto. Te voy a dejar tirada en tu puerta.",
            "oye {first_m}, bonita tu casa, {v6dx_senas} en {v6dx_dir_mx}. ahí nos vemos {when}, y de ahí no sales caminando",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_threat",
        lang="es",
        labels="TD",
        note="el autor le dice a la persona su celular personal y a qué hora sale del trabajo y que él mismo la va a levantar o golpear; amenaza más doxxing de teléfono y horario",
        templates=[
            "ya tengo tu número, {first_m}: {phone}. y sé que sales de tu turno en {workplace} a {time}. ese día te levanto yo y no te salva nadie",
            "{phone}, ¿verdad {first_f}? Sales del jale a {time} y agarras {v6dx_ruta}. Un día de estos me subo contigo y te pico.",
            "Mira {first_m}, {phone} es tu cel y {workplace} tu chamba, sales a {time}. Vuelve a declarar y te espero afuera pa' quebrarte.",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.phone
    dict(
        family="dox.phone",
        lang="en",
        labels="D",
        note="a pile-on post gives a private woman's personal cell after a neighbourhood dispute and tells the crowd to call and 'let her know what you think'; harassment with a disclosed personal phone is doxxing only (decision 5)",
        templates=[
            "the lady who reported the kids' lemonade stand to the city? {first_f} {last}. her cell is {phone}. everyone call her and let her know what you think 📞",
            "{first_f} {last} got the little free library on our block removed. Personal number {phone}. Ring ring, tell her how you feel.",
            "since she wants to police everyone's yard: {first_f} {last}, {phone} (cell, not a business). blow it up, let her know what the whole street thinks",
            "everybody call {first_f} at {phone} and let her know what you think of her complaint. yes that's her real cell",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="en",
        labels="D",
        note="a youth-sports parent posts a volunteer referee's or coach's personal cell from the league sheet so other parents can hound him; a private person's personal phone disclosed without consent",
        templates=[
            "Ref from Saturday's U12 game is {first_m} {last}. His personal cell is on the volunteer sheet: {phone}. He should hear from every parent he robbed.",
            "u10 coach who benched my daughter all season, personal # from the league roster: {phone}. {first_m} {last}. go off",
            "Since the league won't do anything: {first_m} {last}, the ump, cell {phone}. Make his weekend as long as he made ours.",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="en",
        labels="D",
        note="posts a prosecutor's or judge's personal cell taken from a kid's birthday-party invite, explicitly not the office line; a public servant's personal phone is doxxing (decision 3)",
        templates=[
            "ADA {first_f} {last}'s personal cell, off the invite to her kid's birthday party: {phone}. The DA's office line goes to voicemail, this one she actually picks up.",
            "judge {last} sent out evites for his daughter's party and his own cell is on it lol. {phone}. not chambers. his phone.",
            "The public defender's office won't put you through to {first_f} {last}? Her personal number is {phone}, from the soccer-team party invite.",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="en",
        labels="D",
        note="a contact-card style post gives a juror's or witness's personal mobile and home numbers; disclosing a private person's phones is doxxing with or without hostility",
        templates=[
            "📇 {first_f} {last}\nmobile: {phone}\nhome: {phone2}\nnotes: juror #7 in the {last2} trial",
            "Contact: {first_m} {last} (the eyewitness)\nCell {phone}\nLandline {phone2}\nSaved from the group chat before it got deleted.",
            "[screenshot of contact]\nName: {name}\nMobile - {phone}\nHome - {phone2}\nthe witness from the {last2} case. share",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="es",
        labels="D",
        note="exhibe el celular personal de una vecina que acusó un puesto con el municipio y pide a todos que le marquen a decirle lo que piensan; es acoso sin llamado a dañar, así que sólo doxxing (decisión 5)",
        templates=[
            "la señora que nos acusó con el municipio por el puesto de elotes es {first_f} {last}, su cel es {phone}. márquenle todos y díganle lo que piensan de ella",
            "Este es el número personal de {first_f} {last}, la que mandó quitar la posada de la cuadra: {phone}. Háganle saber lo que opinamos.",
            "{phone} es el cel de la vecina {first_f}, la que le habló a inspección por los perros del señor. llámenle a cualquier hora, que se entere",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="es",
        labels="D",
        note="comunicado tipo 'aviso a vecinos' que pasa el celular personal de un testigo o de un maestro que declaró; revelar el teléfono personal de una persona privada es doxxing",
        templates=[
            "AVISO A LOS VECINOS: el señor {first_m} {last}, quien declaró en contra de los muchachos de la cuadra, tiene el número personal {phone}. Que se sepa.",
            "Se les informa que el teléfono particular del profesor {last}, el que levantó el reporte, es {phone}. No es el de la escuela.",
            "Para conocimiento de todos: {first_m} {last}, testigo en lo del taller, cel {phone}, WhatsApp el mismo.",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.schedule
    dict(
        family="dox.schedule",
        lang="en",
        labels="D",
        note="lays out which bus a trial witness takes, from which stop and when; a private person's daily movements are doxxing even without a threat",
        templates=[
            "The witness in the {last2} case, {first_m} {last}, doesn't drive. He takes {v6dx_bus} from the stop on {street} at {time}, Monday to Friday, and gets off by {hospital}.",
            "fun fact {first_m} {last}, the guy who testified, rides {v6dx_bus} every morning. {street} stop, around {time}, sits in the back with headphones",
            "{first_f} {last} (the one who picked him out of the lineup): {v6dx_bus}, {time}, {street}. Home by 6 on the same line.",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="en",
        labels="D",
        note="an angry patient's relative posts a named nurse's shift pattern and where she parks; the private routine and car location of a private person are doxxing",
        templates=[
            "The nurse who refused to let us in, {first_f} {last}, works {v6dx_shift} at {hospital} and parks {v6dx_park}.",
            "1 star for {hospital}. And since they won't discipline her: {first_f} {last}, RN. Shift: {v6dx_shift}. Drives a {car}, parks {v6dx_park}.",
            "nurse {first_f} {last} works {v6dx_shift}. she's always parked {v6dx_park}. just so people know",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="en",
        labels="D",
        note="an ex posts the other parent's custody-exchange and after-gym routine with times and places; a private person's routine disclosed without consent is doxxing",
        templates=[
            "For anyone who knows {first_f}: every other Friday at {time} she does the kid handoff at the McDonald's on {street}, then hits the gym till 8 and leaves alone by the side door.",
            "my ex's week, since she says she's 'hiding' now: gym on {street} Mon/Wed/Fri, out by {time}. kid swap on alternate Fridays at the McDonald's on {street}.",
            "{first_m} picks up our son from daycare at {time} on weekdays and then goes straight to the gym on {street}. Every single day, like a clock.",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="en",
        labels="D",
        note="discloses a child-protection caseworker's off-duty family routine (kids' swim practice, where she waits); a public servant's private schedule is doxxing, unlike her public office (decision 3)",
        templates=[
            "CPS worker {first_f} {last} takes her two kids to swim practice at the Y on {street} Tuesdays and Thursdays at 5:30, and waits in the car the whole hour.",
            "off the clock the caseworker who took my nephew is easy to find: Y on {street}, tue/thu, 5:30, gray minivan, sits in it with her phone",
            "FYI: social worker {first_f} {last} isn't at the county office after 5. Tuesdays and Thursdays she's at the Y pool on {street} with her kids until 6:30.",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="es",
        labels="D",
        note="publica a qué hora sale una trabajadora de su turno y dónde espera sola el camión; la rutina que ubica a una persona privada es doxxing",
        templates=[
            "{first_f} {last} sale de su turno en {workplace} a {time}, se espera sola en la parada de {street} y se sube en {v6dx_ruta}. todos los días igual",
            "Para los que preguntaban por {first_f}: sale de trabajar en {workplace} a {time} de lunes a sábado y se va en {v6dx_ruta} desde {street}.",
            "{first_f} {last}, la ex de mi compa, sale del jale a {time}, camina dos cuadras por {street} y agarra {v6dx_ruta}. domingos descansa",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="es",
        labels="D",
        note="detalla la rutina de la mañana de un reportero (a qué hora deja a sus hijos en la escuela y a dónde va después); la rutina privada de un periodista es doxxing",
        templates=[
            "El reportero {first_m} {last} deja a sus hijos en {school} a las 7:40 y de ahí se va al gimnasio de {street} hasta las 9. Sin escolta.",
            "la periodista {first_f} {last} deja a su niña en {school} diario a las 7:45, luego desayuna sola en la fonda de {street}",
            "Rutina del periodista {last}: 7:30 sale de su casa, 7:45 deja a los niños en {school}, 8:00 café en {street}. Cada {day} va a correr al parque.",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.address
    dict(
        family="dox.address",
        lang="en",
        labels="D",
        note="a viral pile-on reply finds the private complainant's house on a real-estate site and posts the address with listing details; a private home address disclosed without consent is doxxing",
        templates=[
            "found the lady who got the teenager fired. her house is on zillow lol: {v6dx_addr_lc}. 3 bed 2 bath, bought 2019",
            "{first_f} {last} from the video? Property records + a listing photo match. {v6dx_addr_lc}. Same gnome in the yard as her profile pic.",
            "That's {first_m} {last}'s house: {v6dx_addr_lc}. The old real estate listing still has interior photos up if anyone's curious.",
        ],
        n=7,
    ),
    dict(
        family="dox.address",
        lang="en",
        labels="D",
        note="a 'dropped pin' post marks where a parole officer or court clerk actually lives, explicitly not their office; a public servant's home address is doxxing (decision 3)",
        templates=[
            "📍 dropped pin: {address_short}, {city}. that's where parole officer {last} actually sleeps at night. not the county building.",
            "[pin] {address}. Home of court clerk {first_f} {last}. The courthouse address is public, this one isn't.",
            "location shared: {address_short}. thats PO {last}'s house, the one with the boat in the driveway",
        ],
        n=7,
    ),
    dict(
        family="dox.address",
        lang="en",
        labels="D",
        note="a gamer-style 'new area unlocked' meme caption reveals an ex's or former friend's new home address; joking register does not change that a private address is disclosed",
        templates=[
            "NEW AREA UNLOCKED: {first}'s secret apartment ({v6dx_addr_lc}) 🗺️",
            "achievement get: found where {first} {last} moved after blocking everyone. {v6dx_addr_lc}",
            "side quest complete. {first}'s new place = {address}. fast travel point added lmao",
        ],
        n=7,
    ),
    dict(
        family="dox.address",
        lang="es",
        labels="D",
        note="una 'ficha' con nombre, domicilio en formato mexicano (calle, col., entre calles) y señas de la casa de un testigo o una maestra que denunció; exhibir el domicilio particular es doxxing",
        templates=[
            "FICHA\nNombre: {first_m} {last}\nDomicilio: {v6dx_dir_mx}\nReferencias: {v6dx_senas}\nDato: fue el que declaró ante el MP",
            "Nombre: {first_f} {last} (la maestra que levantó el acta)\nVive en: {v6dx_dir_mx}\nSeñas: {v6dx_senas}",
            "datos de {first_m} {last}, el testigo: {v6dx_dir_mx}. {v6dx_senas}. vive con su mamá",
        ],
        n=7,
    ),
    dict(
        family="dox.address",
        lang="es",
        labels="D",
        note="expone dónde vive la nueva pareja de un ex (calle, col. y señas), con tono de chisme; el domicilio particular de una persona privada publicado sin su consentimiento es doxxing",
        templates=[
            "ya di con la nueva de {first_m}: se llama {first_f} {last} y vive en {v6dx_dir_mx}, {v6dx_senas}. ahí se las dejo 💅",
            "Para las que preguntaban por la novia de mi ex: {first_f} {last}, {v6dx_dir_mx}. {v6dx_senas}. De nada.",
            "jajaja el {first_m} ya se fue a vivir con la {first_f}. {v6dx_dir_mx}, {v6dx_senas}. que todo el mundo sepa dónde están",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.family_workplace
    dict(
        family="dox.family_workplace",
        lang="en",
        labels="D",
        note="mines an obituary, wedding page or fundraiser to reveal where a witness's or juror's relative works; a family member's workplace is doxxing",
        templates=[
            "Read the obituary for {first} {last}'s grandmother. Turns out the witness has {v6dx_rel_job_found}. Small town.",
            "juror #4 is {name}, and the wedding page is still public. they have {v6dx_rel_job_found}.",
            "From the witness's GoFundMe page: {first} {last} has {v6dx_rel_job_found}. Thought that was worth pointing out.",
        ],
        n=7,
    ),
    dict(
        family="dox.family_workplace",
        lang="en",
        labels="D",
        note="a viewer spots a uniform or name badge on stream and posts where a streamer's partner or parent works; a relative's workplace is doxxing",
        templates=[
            "saw the uniform on the chair behind her. {handle}'s boyfriend works nights at {workplace}. badge said {first_m}",
            "Clip at 2:14:07: {handle}'s dad walks past in his work polo. He works at {workplace}, confirmed it with the staff page.",
            "{handle} says her family is off limits but her mom literally works at {workplace}, the name tag was on stream",
        ],
        n=7,
    ),
    dict(
        family="dox.family_workplace",
        lang="es",
        labels="D",
        note="aviso a la comunidad que dice dónde trabaja la esposa o el hijo de una persona que denunció o de un policía fuera de servicio; exponer el trabajo de un familiar es doxxing",
        templates=[
            "Aviso a la comunidad: la esposa de {first_m} {last}, el que denunció a los de la tienda, trabaja en {workplace}, turno de la tarde.",
            "Para que sepan: el hijo del comandante {last} trabaja en {workplace}, entra a {time}.",
            "la hija de {first_f} {last}, la que fue de testigo, trabaja en {workplace}. se llama {first2} y sale a {time}",
        ],
        n=7,
    ),
]

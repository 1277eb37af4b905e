# ruff: noqa: E501
"""v5 corpus groups: dox.address, dox.phone, dox.email, dox.plate, dox.id_number, dox.school, dox.schedule, dox.family_workplace, dox.gate_code, dox.combined_with_threat, dox.combined_with_solicitation. Fictitious people and reserved numbers only."""

POOLS: dict[str, list[str]] = {
    # Lowercase / oddly formatted US home addresses on the corpus's invented streets and towns.
    "dx5_addr_odd": [
        "4417 larkspur ave apt 2b fairview oh",
        "1182 THISTLEDOWN AVE. #3 -- BROOKHOLLOW, TX",
        "2209 n wrenhaven st unit 14, port linden wa",
        "918 grackle st (the duplex, left side) cedar bluff ga",
        "5530 Hollowmere Dr., Apt. 7-C / Riverbend, CO",
        "three oh one two copperkettle ln, lake orrin",
        "760 saddlecreek rd lot 22 harlow springs az",
        "1440 mossbank ave 2nd fl rear, ashton mills pa",
        "#88 pinecomb ct., westbury falls il",
    ],
    # A third, obviously invented private person for lists.
    "dx5_third": [
        "Tobiah Fennimore",
        "Calla Wexbridge",
        "Rendel Oakhurst",
        "Oswin Pelletree",
        "Maribeth Quorley",
    ],
    # Casual phrasing of where a relative works (private retail / service jobs).
    "dx5_relative_job": [
        "works the register at the Shopwell on Grackle St",
        "runs the drive-thru at the Kestrel Point Starbucks most mornings",
        "does the pharmacy counter at the Cedar Bluff Costco",
        "is the receptionist at Dr. Lindqvist's dental office on Mossbank Ave",
        "works the front desk at the Fairview Public Library",
        "serves lunch in the Marrowfield Elementary cafeteria",
        "is behind the counter at the Amberdell Post Office",
    ],
    # Casual phrasing of a child's grade and school.
    "dx5_kid_at": [
        "is a junior at Brambleton High",
        "is in second grade at Larkspur Elementary, Room 14",
        "just started sixth grade at Hollowmere Middle School",
        "is a sophomore at Redfern Prep, plays JV soccer",
        "is in the afternoon pre-K class at Fernway Montessori",
        "is an eighth grader at Cinderbrook K-8",
    ],
    # Off-duty, private places where someone runs errands or works out.
    "dx5_spot": [
        "the 24-hour gym on Mossbank Ave",
        "the Shopwell on Grackle St",
        "the climbing gym off Redfern Pl",
        "the laundromat on Windle Ave",
        "the farmers market on Tamberlin St",
    ],
    # Invented insurance / Medicaid member IDs.
    "dx5_memberid": [
        "MCD-40912-7731",
        "WXR 884 201 95",
        "HP0027719043",
        "MBR-5520-08-11",
        "QZ-66130-42",
    ],
}
POOLS_ES: dict[str, list[str]] = {
    # Direcciones con colonia en formatos de chat (calles y colonias inventadas del corpus).
    "dx5_dir_col": [
        "Calle Los Fresnos #214, Col. Santa Irene",
        "privada las jacarandas 58 int 3 col valle escondido",
        "Av. Huizachal 1120 entre Nogal Prieto y Río Tepalcate, Fracc. Los Encinos",
        "Cerrada del Mezquite mz 4 lt 17, col. jardines del cerro",
        "calle cerro del colibrí 905, colonia villa nogales, a dos cuadras del oxxo",
        "Lomas de Arcilla No. 1402, Col. Valle Escondido, San Nicolás del Roble",
        "Paseo de los Zorzales 77, colonia Santa Irene, la casa de dos pisos color mamey",
        "RIO TEPALCATE 33-B COL. LAS PALMAS",
    ],
    # Placas mexicanas inventadas.
    "dx5_placas_mx": ["RSD-482-B", "JKL-20-41", "SXT 91 27", "GPL-317-A", "NVA-55-02", "TMZ-608-C"],
    "dx5_placas_mx2": ["WKR-113-D", "PHL-74-90", "BZN 32 58", "FRT-229-E", "LUC-81-36"],
    # Cómo se dice casualmente dónde trabaja un familiar.
    "dx5_chamba_es": [
        "atiende la caja en el Soriana de Las Palmas",
        "despacha en la tortillería de la Av. Huizachal",
        "es recepcionista en el consultorio de la Calle Nogal Prieto",
        "trabaja en la línea 3 de la maquiladora Ensambles del Norte, turno de noche",
        "es mesera en la taquería El Güero Feliz",
    ],
    # Grado y escuela de un hijo, dicho casual.
    "dx5_escuela_grado": [
        "va en tercero de secundaria en la Secundaria Técnica 114",
        "está en quinto en la Primaria Los Fresnos, salón B",
        "va al kínder Pasitos del Nogal y sale a las 12",
        "estudia en la Prepa Jacarandas, turno vespertino",
        "va en segundo en el Colegio Ameyal",
    ],
    # RFC inventados.
    "dx5_rfc": [
        "ROMG870519K42",
        "SAVL920303QJ1",
        "OEBA790811T7A",
        "TAMF010227HN5",
        "CEZJ850930P28",
    ],
    # Terceras personas inventadas para listas.
    "dx5_tercero": [
        "Hortensia Zarzamora",
        "Baltazar Cuervillo",
        "Yadira Tepozán",
        "Evaristo Nopalera",
        "Leonila Huizache",
    ],
}

GROUPS: list[dict] = [
    # ------------------------------------------------------------------ dox.address
    dict(
        family="dox.address",
        lang="en",
        labels="D",
        note="reposts a private person's home address copied from a gift wishlist, party invite or order label, oddly formatted; a home address disclosed without consent is doxxing",
        templates=[
            "lmaooo {handle} forgot the wishlist shows the shipping addy. its {dx5_addr_odd}",
            "she sent the baby shower invite to the whole office so here u go, {first_f} {last}'s house: {dx5_addr_odd}",
            "the pizza receipt he left on the counter had it printed right there: {first_m} {last}, {dx5_addr_odd}. posting it since he swears nobody knows where he lives",
            "Took a pic of the label on the box in the lobby. {name}, {dx5_addr_odd}. Mystery neighbor solved.",
        ],
        n=7,
    ),
    dict(
        family="dox.address",
        lang="en",
        labels="D",
        note="a list of several private people's home addresses (people who filed complaints or signed a letter); disclosing homes of private people is doxxing even with no call to act",
        templates=[
            "The three households behind the noise complaints that shut down the Friday market:\n- {name}, {address}\n- {first2} {last2}, {address2}\n- {dx5_third}, {dx5_addr_odd}",
            "names + home addresses of everyone who signed the letter against the new shelter. {name} ({address}), {first2} {last2} ({address2}), {dx5_third} ({dx5_addr_odd}). that's all of them",
            "Compiled from the petition PDF, home addresses only:\n{name} | {address}\n{first2} {last2} | {address2}\n{dx5_third} | {dx5_addr_odd}",
        ],
        n=7,
    ),
    dict(
        family="dox.address",
        lang="es",
        labels="D",
        note="da indicaciones para llegar a la casa de una persona privada o de un funcionario fuera de servicio, con colonia y señas; el domicilio particular expuesto es doxxing",
        templates=[
            "pa' llegar a la casa de {first_f} {last}: te bajas en la parada de la iglesia, das vuelta a la derecha y es {dx5_dir_col}. la del zaguán café",
            "¿Que dónde vive el agente {last} de la migra? Fácil. {dx5_dir_col}. Tiene una Tacoma estacionada afuera siempre.",
            "La periodista {first_f} {last} se cambió de colonia, pero ya la ubicaron: {dx5_dir_col}, enfrente de la tiendita.",
            "para los que preguntaban por {first_m} {last}, el que puso la denuncia: {dx5_dir_col}. la casa con el tinaco azul",
        ],
        n=7,
    ),
    dict(
        family="dox.address",
        lang="es",
        labels="D",
        note="lista de domicilios particulares (con colonia) de varios vecinos, testigos o maestros; exhibir dónde viven varias personas privadas es doxxing",
        templates=[
            "Los que fueron a declarar contra el taller, con domicilio:\n1. {first} {last} — {address}\n2. {first2} {last2} — {dx5_dir_col}\n3. {dx5_tercero} — {address2}",
            "ahí les va dónde vive cada uno de la mesa directiva: {first} {last} en {address}, {dx5_tercero} en {dx5_dir_col}, y {first2} {last2} en {address2}",
            "Lista de los maestros que nos reportaron con supervisión y sus casas: {first} {last} ({dx5_dir_col}); {first2} {last2} ({address2}); {dx5_tercero} ({address}).",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.phone
    dict(
        family="dox.phone",
        lang="en",
        labels="D",
        note="unmasks an anonymous caller or texter via caller ID and posts the private person's personal cell; disclosing a personal phone is doxxing",
        templates=[
            "The 'anonymous' caller who reported us to the city called from {phone}. Ran it, it's {first_f} {last}'s personal cell.",
            "caller id doesn't lie lol. the blocked-number guy texting my sister all week slipped once: {phone}. that's {first_m} {last}",
            "For the folks wondering who tipped off the landlord: number on my call log was {phone}, which is {name}'s own cell, not any office.",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="en",
        labels="D",
        note="posts a private person's cell in a fake classified ad (free puppies, free couch) so strangers call them; harassment with a disclosed personal number is doxxing only",
        templates=[
            "put {first}'s cell in a 'free puppies, call anytime' post on every marketplace group lmao. {phone}. enjoy ur weekend buddy",
            "FREE COUCH + FREE TV, first come first served!! text {first_f} at {phone} (it's not her couch and that's her real cell 😂)",
            "Listed my ex's number as the contact on a free-firewood ad. {phone}. It's {first} {last}'s personal phone, let the calls roll in.",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="en",
        labels="D",
        note="a rideshare or delivery driver posts a customer's personal number from the app to shame them; a private person's personal phone disclosed without consent",
        templates=[
            "Driver here. Passenger who left vomit in my back seat and then reported ME: {first_m} {last}, {phone}. Number straight from the trip screen.",
            "guy who tipped $0 on a 40 min drive and gave me 1 star. {phone}. that's his real cell from the app, {first} {last}",
            "Screenshot of the order before it disappeared: customer {first_f} {last}, phone {phone}. Posting it for every courier in {city} who has to deal with her.",
        ],
        n=7,
    ),
    dict(
        family="dox.phone",
        lang="es",
        labels="D",
        note="pasa el celular personal de un policía o agente fuera de servicio sacado del grupo de papás o del equipo de fut; el teléfono particular de un funcionario es doxxing",
        templates=[
            "El comandante {last} está en el grupo de papás del kínder, de ahí saqué su celular personal: {phone}. No es el de la comandancia.",
            "oigan el agente {last} de la migra juega en la liga de los sábados, su número personal sale en la lista del equipo: {phone}",
            "Para que lo tengan: celular particular del oficial {first_m} {last}, el de su casa, no el de la patrulla. {phone}",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.email
    dict(
        family="dox.email",
        lang="en",
        labels="D",
        note="reposts a private person's personal email leaked through a reply-all or CC mistake; a personal email disclosed to the public is doxxing",
        templates=[
            "She cc'd her personal email on the HOA thread by accident so now everyone can have it: {email}. That's {first_f} {last}, board treasurer.",
            "reply-all strikes again lol. {first_m} {last}'s private gmail-type address leaked in the PTA chain: {email}",
            "The complainant forgot to bcc. Her personal address is right there in the header, {email}. Name's {name}.",
        ],
        n=7,
    ),
    dict(
        family="dox.email",
        lang="en",
        labels="D",
        note="posts an off-duty officer's or agent's personal email found on a church, league or race sign-up; private contact of an official is doxxing",
        templates=[
            "Deputy {first_m} {last} runs the church potluck sign-up sheet, and his personal email is on it: {email}. Not the sheriff's office address.",
            "ICE agent {first} {last} coaches in the rec league. Personal email from the team roster: {email}",
            "ran the 5k results page, found Trooper {first_m} {last}'s personal contact: {email}. the one he uses for everything outside work",
        ],
        n=7,
    ),
    dict(
        family="dox.email",
        lang="en",
        labels="D",
        note="discloses the personal email a private person uses as their account login or recovery address; exposing a personal email is doxxing",
        templates=[
            "fyi {first_f} {last}'s apple id is {email}. same one on her venmo and facebook",
            "The recovery email on {handle}'s account is {email}. Real name behind it is {name}.",
            "{name} logs into literally everything with {email}. Figured people should know.",
        ],
        n=7,
    ),
    dict(
        family="dox.email",
        lang="es",
        labels="D",
        note="exhibe el correo personal con el que una persona privada se registró en una app de citas o en una rifa; revelar el correo personal es doxxing",
        templates=[
            "El correo con el que {first_m} {last} se registró en la app de citas es {email}. Sí, el casado de la cuadra.",
            "En la hoja de la rifa de la escuela quedó el correo personal de {first_f} {last}: {email}. Ahí se los dejo.",
            "jaja ya supe el correo de la señora {last} que anda de chismosa en el grupo: {email}, es el personal",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.plate
    dict(
        family="dox.plate",
        lang="en",
        labels="D",
        note="posts a resident's car and plate read off a building parking list or permit sheet; a private person's plate is doxxing",
        templates=[
            "Photo of the residents' parking list by the elevator. {first_f} {last}: {car}, {plate}, space 14.",
            "the guest permit log at the complex has it: {name}, {car}, plate {plate}. posting since she keeps towing everyone",
            "From the building permit sheet — {first_m} {last}, unit {unit}, {car} with tag {plate}.",
        ],
        n=7,
    ),
    dict(
        family="dox.plate",
        lang="en",
        labels="D",
        note="an off-duty officer's or agent's personal car and plate seen at the grocery store or gym; an official's private vehicle is doxxing, not a report of public activity",
        templates=[
            "Off duty, Officer {first_m} {last} drives a {car}, plate {plate}. That's his personal ride, you see it at {dx5_spot} on weekends.",
            "Sgt. {first_m} {last}'s own car, not the cruiser: {car}, {plate}. thin blue line sticker on the back window",
            "The {car} with plate {plate} in the lot at {dx5_spot}? Belongs to {agent}. Personal car, not a government one.",
        ],
        n=7,
    ),
    dict(
        family="dox.plate",
        lang="es",
        labels="D",
        note="dice casual las placas del carro de una persona privada identificada; un solo dato basta para ser doxxing",
        templates=[
            "ya tengo las placas de la troca de {first_m} {last}: {dx5_placas_mx}",
            "el carro de la maestra {last} es el de placas {dx5_placas_mx}, por si les sirve",
            "anoten: {dx5_placas_mx}. son las placas del carro de {first_f}, la vecina del {unit}",
            "placas del carro de {first_m} {last}, el que dejó de pagar la tanda: {dx5_placas_mx}",
        ],
        n=7,
    ),
    dict(
        family="dox.plate",
        lang="es",
        labels="D",
        note="lista de carros y placas de varias personas privadas (testigos o quejosos); exhibir los vehículos de varias personas es doxxing",
        templates=[
            "Carros de los que fueron a declarar:\n{first} {last} — {car}, placas {dx5_placas_mx}\n{first2} {last2} — placas {plate}\n{dx5_tercero} — {dx5_placas_mx2}",
            "ahí les van las placas de los que se quejaron en el municipio: {first} {last} ({dx5_placas_mx}), {first2} {last2} ({plate}) y {dx5_tercero} ({dx5_placas_mx2}).",
            "Para el grupo: {dx5_placas_mx} es de {first} {last}, {dx5_placas_mx2} es de {dx5_tercero}. Los dos son los que firmaron la queja.",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.id_number
    dict(
        family="dox.id_number",
        lang="en",
        labels="D",
        note="casually posts a coworker's SSN read off a tax form left lying around (invalid by construction); an ID number disclosed without consent is doxxing",
        templates=[
            "btw {first_f} {last}'s social is {ssn}, she left her W-2 on the break room printer lol",
            "found {first_m}'s tax form in the copier tray. {first_m} {last}, ssn {ssn}. not my problem he's careless",
            "His W-4 was sitting on the manager's desk all day: {first_m} {last}, SSN {ssn}, DOB {dob}.",
        ],
        n=7,
    ),
    dict(
        family="dox.id_number",
        lang="en",
        labels="D",
        note="posts the driver's licence number and birthdate the other driver gave at a fender bender, to shame them; a private person's ID number is doxxing",
        templates=[
            "She rear-ended me and then lied to her insurance. Here's the info she gave me at the scene: {name}, DL {dl}, DOB {dob}.",
            "exchanged info after the parking lot scrape, dude won't answer his phone now. so: {first_m} {last}, license {dl}. enjoy",
            "Accident report copy, since the adjuster is stalling: other driver {first} {last}, driver's license no. {dl}, born {dob}.",
        ],
        n=7,
    ),
    dict(
        family="dox.id_number",
        lang="en",
        labels="D",
        note="a clinic or pharmacy worker posts a private patient's insurance or Medicaid member ID with their name; exposure of a personal identifier",
        templates=[
            "Patient from hell today. {name}, Medicaid ID {dx5_memberid}, DOB {dob}. Never coming back to my counter.",
            "the guy who screamed at our receptionist: {first_m} {last}, insurance member # {dx5_memberid}",
            "Pulling this straight off the chart: {first_f} {last}, member ID {dx5_memberid}. She knows what she did.",
        ],
        n=7,
    ),
    dict(
        family="dox.id_number",
        lang="es",
        labels="D",
        note="publica el RFC u otro dato fiscal de una persona privada o de una oficial, dicho casual; revelar números de identificación es doxxing",
        templates=[
            "el RFC de {first_m} {last} es {dx5_rfc}, lo vi en la factura que dejó en el taller",
            "Ya que se hace la muy digna: {first_f} {last}, RFC {dx5_rfc}, fecha de nacimiento {dob}.",
            "La agente {last} de tránsito tiene RFC {dx5_rfc}, lo saqué de un recibo que tiró. Ahí está.",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.school
    dict(
        family="dox.school",
        lang="en",
        labels="D",
        note="single casual line naming the grade and school of a private person's child (juror, witness, neighbour, nurse); a child's school is doxxing",
        templates=[
            "the juror {first_f} {last}? her son {dx5_kid_at}",
            "{name}, the one who called the cops on the block party. oldest kid {dx5_kid_at}.",
            "oh that nurse from the news, {first_f} {last}. small world, her daughter {dx5_kid_at}",
            "Witness {first} {last} has one kid, and that kid {dx5_kid_at}.",
        ],
        n=7,
    ),
    dict(
        family="dox.school",
        lang="en",
        labels="D",
        note="an ex or relative reveals where a parent who moved away to hide re-enrolled the children; exposes a private person's children's school",
        templates=[
            "{first_f} thinks she can just take the kids and disappear. They're enrolled at {school} now, I checked with the district.",
            "My sister-in-law moved out of state without telling anyone. Found out the boys go to {school} in {city}.",
            "for everyone asking where {first_f} {last} went: she's in {city}, and the kids started at {school} this fall.",
        ],
        n=7,
    ),
    dict(
        family="dox.school",
        lang="en",
        labels="D",
        note="names the bus stop, pickup time and school of a witness's or officer's child; a child's school and route are doxxing",
        templates=[
            "The kid whose mom testified takes the {time} bus from the corner of {street} to {school}.",
            "Detective {last}'s daughter gets dropped at {school}, side entrance, every morning. Grandpa does pickup.",
            "{journalist}'s son walks to {school} down {street}, same route every day.",
        ],
        n=7,
    ),
    dict(
        family="dox.school",
        lang="es",
        labels="D",
        note="dice casual el grado y la escuela del hijo de una persona privada o de un agente; la escuela de los hijos es doxxing",
        templates=[
            "el hijo de la licenciada {last} {dx5_escuela_grado}",
            "¿{first_f} {last}, la que nos denunció? Su niña {dx5_escuela_grado}.",
            "Dato: el chamaco del agente {last} de la migra {dx5_escuela_grado}.",
            "la hija de {first_m} {last}, el testigo, {dx5_escuela_grado}, por si alguien no sabía",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.schedule
    dict(
        family="dox.schedule",
        lang="en",
        labels="D",
        note="an off-duty officer's weekly private errands (grocery run, church) with days and times; a private routine is doxxing, unlike reporting on-duty public activity",
        templates=[
            "Off the clock, Deputy {first_m} {last} is a creature of habit: 9:30 mass at St. Odile's on Sunday, then the Shopwell on Grackle St with the wife around 11.",
            "{cop_or_agent} does the big grocery run every Saturday at {time} at the Shopwell on Grackle St. Plain clothes, personal car, kids in the back.",
            "Funny how predictable Trooper {first_m} {last} is when he's not working. Church Sunday morning, then breakfast at the diner on {street}, same booth every week.",
            "not on duty, just a normal week for {agent}: {dx5_spot} every {day} around {time}, then straight home",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="en",
        labels="D",
        note="an off-duty agent's or officer's gym routine (days, hours, where they park); a private person's routine is doxxing even without a threat",
        templates=[
            "{agent} lifts at the 24-hour gym on Mossbank Ave, mon wed fri, 5 to 6:30 am. parks around back.",
            "Gym schedule for Sgt. {last}, since people asked: leg day Tuesday at {time}, climbing gym off Redfern Pl Thursdays after shift.",
            "ran into Officer {first_m} {last} at the gym again. he's there every weekday at {time}, out of uniform, always the same treadmill by the window",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="es",
        labels="D",
        note="rutina personal fuera de servicio de un agente o policía (gimnasio, barbería, fut); la rutina privada es doxxing, no es reportar actividad pública",
        templates=[
            "El agente {last} de la migra, ya fuera de la chamba, va al gym de {street} lunes y miércoles a {time}, y se corta el pelo cada quince días en la barbería de la esquina.",
            "el oficial {first_m} {last} juega fut rápido todos los jueves en la noche en la cancha de {street}, llega en su carro particular",
            "Cuando no está de turno, el comandante {last} se la pasa cada {day} en la barbería de {street} a eso de {time}. Siempre solo.",
        ],
        n=7,
    ),
    dict(
        family="dox.schedule",
        lang="es",
        labels="D",
        note="arma la rutina semanal de una persona privada a partir de sus historias de redes; publicar horarios y lugares que la ubican es doxxing",
        templates=[
            "Por sus historias ya se sabe: {first_f} va al gym de {street} martes y jueves a {time}, y cada {day} se va al café de la plaza.",
            "{first_f} {last} sube todo jaja. lunes a viernes sale del trabajo a {time} y se va caminando por {street} hasta su casa",
            "Resumen de la semana de {first_m} {last} según su Instagram: martes y jueves clase de box en {street}, sábados tianguis, domingo con su mamá.",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.family_workplace
    dict(
        family="dox.family_workplace",
        lang="en",
        labels="D",
        note="a single casual line saying where a private person's or an officer's relative works; a family member's workplace is doxxing",
        templates=[
            "{first_f} {last}'s mom {dx5_relative_job}.",
            "the witness's little brother {dx5_relative_job} btw",
            "oh Deputy {last}? his wife {dx5_relative_job}",
            "{handle}'s dad {dx5_relative_job}. same last name and everything, {last}.",
        ],
        n=7,
    ),
    dict(
        family="dox.family_workplace",
        lang="en",
        labels="D",
        note="a review-style post that points out which employee is a named private person's relative; exposing a family member's workplace is doxxing",
        templates=[
            "★★★☆☆ Decent coffee. FYI the barista with the nose ring at the Kestrel Point Starbucks is the daughter of {first} {last}, who testified against the {last2}s.",
            "Review: the Shopwell on Grackle St. Clean store, slow lines. Also, the cashier on lane 3 is the husband of {journalist}. Small world!",
            "Good pharmacy, fast refills. Heads up that the tech at the Cedar Bluff Costco counter is the mother of {first_m} {last}, the guy who reported the taco trucks.",
        ],
        n=7,
    ),
    dict(
        family="dox.family_workplace",
        lang="es",
        labels="D",
        note="dice casual dónde trabaja la mamá, la esposa o el hermano de una persona privada que denunció o declaró; exponer el trabajo de un familiar es doxxing",
        templates=[
            "la mamá de {first_f} {last}, la que denunció, {dx5_chamba_es}",
            "oigan el hermano del testigo {last} {dx5_chamba_es}, ya lo vi",
            "¿La esposa de {first_m} {last}? {dx5_chamba_es}. La neta ni parece.",
        ],
        n=7,
    ),
    dict(
        family="dox.family_workplace",
        lang="es",
        labels="D",
        note="chisme largo que enumera dónde trabajan varios familiares de una activista, un agente o una streamer; exponer a la familia es doxxing",
        templates=[
            "Ya investigué a la familia de la activista {first_f} {last}: la mamá {dx5_chamba_es}, el hermano maneja un taxi en el sitio de la plaza y el papá es chofer de la ruta 12. Todo se sabe.",
            "Para que vean que no es tan anónimo el agente {last}: su esposa da clases en {school} y su suegra {dx5_chamba_es}.",
            "la streamer {handle} se hace la misteriosa pero su hermana {dx5_chamba_es} y su papá maneja el camión de la basura de la colonia jaja",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.gate_code
    dict(
        family="dox.gate_code",
        lang="en",
        labels="D",
        note="casually mentions the gate code to a private person's home in passing; a single access code is enough for doxxing",
        templates=[
            "the gate code to {first}'s place is {gate} btw, they never changed it",
            "lol the code to get into {first_f} {last}'s complex is still {gate}",
            "fyi gate code at the {last}s' is {gate}, unit {unit}",
            "{name}'s gate? {gate}. been the same for years",
        ],
        n=7,
    ),
    dict(
        family="dox.gate_code",
        lang="en",
        labels="D",
        note="a former dog walker, sitter or cleaner posts a client's garage or door code; an official's or private person's home access code is doxxing",
        templates=[
            "Used to walk dogs for {cop}. The garage keypad is still {gate}. Guess nobody thought to change it.",
            "I house-sat for {first_f} {last} last summer. Side door code {gate}, spare key under the frog.",
            "cleaned {journalist}'s house for 2 years and got fired by text. door code {gate}. have fun",
        ],
        n=7,
    ),
    dict(
        family="dox.gate_code",
        lang="en",
        labels="D",
        note="a leaked building list of several residents' units and door codes; disclosing access codes of several private people is doxxing",
        templates=[
            "Front office spreadsheet, door codes by unit:\n{name} — {unit} — {gate}\n{first2} {last2} — 12C — 4471#\n{dx5_third} — 3A — 0918*",
            "codes for the whole floor bc the super leaves the binder open: {first} {last} {gate}, {first2} {last2} 7740, {dx5_third} 2266#",
            "Residents + entry codes, Building B: {name} ({gate}), {dx5_third} (5518*), {first2} {last2} (#6020).",
        ],
        n=7,
    ),
    dict(
        family="dox.gate_code",
        lang="es",
        labels="D",
        note="dice casual la clave del portón de la privada donde vive una persona, con colonia; revelar un código de acceso es doxxing",
        templates=[
            "la clave del portón de la privada donde vive {first_f} {last} es {gate}, está en {dx5_dir_col}",
            "Pa' entrar al fracc de {first_m} {last} nomás marcas {gate}. Casa {unit}.",
            "oigan la reja de la señora {last} abre con {gate}, nunca la ha cambiado",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.combined_with_threat
    dict(
        family="dox.combined_with_threat",
        lang="en",
        labels="TD",
        note="lowercase, oddly formatted home address plus the author's own stated intent to hurt the person; dox combined with a threat",
        templates=[
            "{dx5_addr_odd}. thats u right {first}. im coming thru {when} and ur getting hurt",
            "found u. {dx5_addr_odd}. gonna stomp ur head in on ur own porch {first}",
            "{first} {last} = {dx5_addr_odd}. i'll be the one knocking, and you won't be walking after",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_threat",
        lang="en",
        labels="TD",
        note="the author lists an officer's or agent's off-duty private routine and says they will hurt them there; dox of a schedule plus a threat",
        templates=[
            "{cop}, Sunday 9:30 mass then the Shopwell with your wife. I'll be in that parking lot, and I'm going to beat you in front of her.",
            "{agent}: {dx5_spot}, {day}s at {time}. Next time you walk out of there I'm putting you in the ground.",
            "You lift at the 24-hour gym on Mossbank Ave before sunrise, {cop_or_agent}. One of these mornings I'm waiting by your car with a blade.",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_threat",
        lang="en",
        labels="TD",
        note="reveals where a witness's or journalist's relative works and the author threatens to hurt that relative; dox plus threat",
        templates=[
            "{first}, your mom {dx5_relative_job}. Keep talking to the DA and I'll be waiting for her after close.",
            "your wife {dx5_relative_job}, {first}. drop the story or I break her arms on her way out",
            "We both know your brother {dx5_relative_job}. Testify Monday and he doesn't make it home.",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_threat",
        lang="es",
        labels="TD",
        note="domicilio con colonia donde se escondió la persona y el autor dice que él mismo la va a golpear o matar; doxxing más amenaza",
        templates=[
            "ya sé que te fuiste a {dx5_dir_col}, {first}. ni te escondas, voy a ir a partirte la madre",
            "{first_f}: {dx5_dir_col}. Creíste que no te iba a encontrar. Esta semana te voy a dar piso.",
            "Oye {first_m} {last}, {dx5_dir_col}, ¿verdad? Ahí mero te voy a quebrar {when}.",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------ dox.combined_with_solicitation
    dict(
        family="dox.combined_with_solicitation",
        lang="en",
        labels="SD",
        note="discloses an off-duty officer's or agent's gym routine and pays whoever attacks them there; a bounty combined with a schedule dox",
        templates=[
            "Officer {first_m} {last} trains alone at the 24-hour gym on {street}, {day}s around {time}, parks out back. {amount} to whoever catches him in that lot and leaves him in a wheelchair.",
            "Routine's confirmed: Agent {first_m} {last}, gym at {time}, same car, same spot. {amount} sent the day he's in the ICU.",
            "Sgt. {first_m} {last} leaves the climbing gym off Redfern Pl around 9 every Thursday. Whoever breaks his knees out there gets {amount}.",
        ],
        paid=True,
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="en",
        labels="SD",
        note="reveals where a witness's relative works and calls on others to go beat her there, no payment; a call to attack combined with a dox",
        templates=[
            "the snitch's mom {dx5_relative_job}. somebody go up there and smash her face in",
            "{first_m} {last} won't show his face, but his sister {dx5_relative_job}. Y'all go wait for her after close and make her pay for what he did.",
            "Reminder: {journalist}'s husband {dx5_relative_job}. Anyone nearby, go drag him out and beat him until she retracts.",
        ],
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="es",
        labels="SD",
        note="domicilio con colonia de una persona y dinero para quien la golpee o la levante; recompensa más doxxing",
        templates=[
            "hay {amount} pal que le dé una calentada a {first_m} {last}, vive en {dx5_dir_col}",
            "Se paga {amount} al que levante a {first} {last}. Domicilio: {dx5_dir_col}. Pregunten por inbox.",
            "{dx5_dir_col} ahí vive el agente {last}. {amount} pa'l que lo deje en silla de ruedas.",
        ],
        paid=True,
        n=7,
    ),
    dict(
        family="dox.combined_with_solicitation",
        lang="es",
        labels="SD",
        note="lista de varias personas con su domicilio o placas y un llamado a ir a golpearlas, sin pago; convocar a atacar más doxxing",
        templates=[
            "Estos son los tres que nos denunciaron:\n{first} {last}: {address}\n{first2} {last2}: {dx5_dir_col}\n{dx5_tercero}: {address2}\nVayan por ellos y pártanles la madre.",
            "los que declararon contra el Güero: {first} {last} (placas {dx5_placas_mx}) y {dx5_tercero} (vive en {dx5_dir_col}). caíganles en bola donde los vean",
            "Lista pa' los compas 👇\n{dx5_tercero} ({dx5_dir_col})\n{first2} {last2} ({address})\nAl que vea a cualquiera de los dos, que le rompa los huesos.",
        ],
        n=7,
    ),
]

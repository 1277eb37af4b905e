# ruff: noqa: E501
"""v6 corpus groups: neg.own_contact, neg.business_contact, neg.public_office. Fictitious people and reserved numbers only."""

POOLS: dict[str, list[str]] = {
    "v6ct_furniture": [
        "solid oak dresser",
        "IKEA bunk bed (already taken apart)",
        "gray sectional sofa",
        "glass dining table with 4 chairs",
        "queen bed frame with headboard",
        "treadmill",
        "upright piano",
        "crib and changing table",
    ],
    "v6ct_freebie": [
        "a cord of split firewood",
        "about 40 moving boxes",
        "a big pile of mulch",
        "tomato cages and a stack of clay pots",
        "a working mini fridge",
        "bags of kids' clothes, sizes 4–6",
        "half a pallet of patio pavers",
    ],
    "v6ct_occasion": [
        "a housewarming brunch",
        "a retirement party",
        "Friendsgiving dinner",
        "a graduation open house",
        "a Super Bowl watch party",
        "our annual holiday open house",
    ],
    "v6ct_found": [
        "a small brown dog with a blue collar",
        "an orange tabby, very friendly",
        "a set of car keys with a Subaru fob",
        "a kid's backpack with a dinosaur lunchbox",
        "a wallet with no ID inside",
        "a black lab mix with no tags",
    ],
    "v6ct_fix": [
        "the heat isn't working",
        "the kitchen sink is leaking into the cabinet",
        "the bathroom fan stopped working",
        "there's no hot water",
        "the front door lock keeps sticking",
        "the smoke detector keeps chirping",
    ],
    "v6ct_bake": [
        "sourdough loaves",
        "custom birthday cakes",
        "conchas and pan dulce",
        "gluten-free cookies",
        "cinnamon rolls",
        "decorated sugar cookies",
    ],
    "v6ct_pet": [
        "grooming",
        "nail trims",
        "puppy training",
        "doggy daycare",
        "bath and brush-out",
        "teeth cleaning",
    ],
    "v6ct_resto": [
        "Blue Kettle Diner",
        "La Palma Cantina",
        "Harbor Noodle House",
        "Maple & Rye Bistro",
        "Smokestack BBQ",
    ],
    "v6ct_class": [
        "6 am spin",
        "noon kickboxing",
        "7 pm hot yoga",
        "Saturday boot camp",
        "senior water aerobics",
        "lunchtime HIIT",
    ],
}

POOLS_ES: dict[str, list[str]] = {
    "v6ct_mueble_es": [
        "una sala de tres piezas",
        "un comedor de 6 sillas",
        "una lavadora que todavía jala bien",
        "un ropero de madera",
        "una cuna con colchón",
        "una bici de montaña",
    ],
    "v6ct_hallado_es": [
        "una perrita blanca sin collar",
        "un gato gris muy mansito",
        "unas llaves con un llavero de la Virgen",
        "una mochila de niño con útiles",
        "un celular con funda rosa",
        "un perro café con una pañoleta roja",
    ],
    "v6ct_materia_es": [
        "matemáticas de secundaria",
        "inglés para adultos",
        "lectoescritura para primaria",
        "preparación para el examen de la prepa",
        "química y física",
        "computación básica",
    ],
}

_OWN = "the author shares their OWN {what}; policy: the author's own details are not doxxing"
_BIZ = "policy: business contact details are not doxxing"
_PUB = "policy: a public office's address, phone, email and hours are not doxxing"

GROUPS: list[dict] = [
    # ------------------------------------------------------------------
    # neg.own_contact (8 en, 4 es)
    # ------------------------------------------------------------------
    dict(
        family="neg.own_contact",
        lang="en",
        labels="",
        note=_OWN.format(what="pickup address, unit and phone to sell their furniture"),
        templates=[
            "Moving sale, everything must go by the 30th. {v6ct_furniture}, $120 firm. Pickup only, from my place at {address}. Bring a truck and a second person. Text me at {phone} with a time.",
            "selling my {v6ct_furniture}, barely used, 80 bucks obo. it's at my apartment, {address_short} unit {unit}, third floor no elevator (sorry). cash or venmo. {phone}",
            "Marketplace listing: {v6ct_furniture}. Smoke-free, pet-free home. Porch pickup at {address}, any evening after 6. I'll hold it 24 hrs with a deposit. Questions → {phone} or {email}.",
            "Hi! Yes, the {v6ct_furniture} is still available. I'm at {address_short}, Apt {unit}. Buzz me when you get here or call {phone} and I'll help you carry it down.",
            "[SALE PENDING] {v6ct_furniture}. If the first buyer flakes I'll repost. Backup offers: text {phone}. It's at my place on {street} ({address_short}) until {day}.",
        ],
        n=7,
    ),
    dict(
        family="neg.own_contact",
        lang="en",
        labels="",
        note=_OWN.format(what="home address and phone to give away free stuff"),
        templates=[
            "Free firewood at my house, come grab it! {address}. It's stacked by the side gate, take as much as you want, no need to knock.",
            "CURB ALERT 🚨 {v6ct_freebie} at the end of my driveway, {address_short}. First come first served. Rain's coming {day} so sooner is better.",
            "Buy Nothing post: gifting {v6ct_freebie}. Comment and I'll pick someone tonight. Pickup is from my porch, {address}; text me at {phone} when you're on the way.",
            "anyone need {v6ct_freebie}? just cleared out my garage. i'm at {address_short}, the house w/ the red door. text {phone} and i'll leave it out front for u",
            "Giving away {v6ct_freebie} before we move. Swing by my place ({address}) {day} between 9 and noon, or call me at {phone} to set another time.",
        ],
        n=7,
    ),
    dict(
        family="neg.own_contact",
        lang="en",
        labels="",
        note=_OWN.format(
            what="address, door code and unit so invited guests or helpers can get in"
        ),
        templates=[
            "Notes for our house-sitter ✨ Address: {address}. Lockbox code is {gate}, the alarm code is the same. Wi-Fi password is on the fridge. My cell is {phone}, I'll be reachable the whole trip.",
            "ok directions for tonight: we're at {address_short}, building B. gate code {gate}, then elevator to 4, we're unit {unit}. if the buzzer acts up just call me, {phone}",
            "For everyone crashing at ours this weekend: {address}. The keypad on the side door is {gate}. Towels are in the hall closet. Text me at {phone} if you're getting in after midnight.",
            "Front door code is {gate} 👍 we're {unit}, our door's unlocked, just walk in, I'll be in the kitchen. Street parking on {street} is easiest.",
            "For the movers on {day}: pickup is my apartment, {address_short} #{unit}. Loading dock is around back, dock code {gate}. Call my cell, {phone}, when you arrive. Thanks! — {first}",
        ],
        n=7,
    ),
    dict(
        family="neg.own_contact",
        lang="en",
        labels="",
        note=_OWN.format(
            what="home address and phone on an invitation to a party they are hosting"
        ),
        templates=[
            "You're invited! Please join us for {v6ct_occasion} at our home, {address}. Saturday at two o'clock. Kindly RSVP to {first} at {phone} or {email} by the 10th.",
            "save the date 💌 we're hosting {v6ct_occasion} at our place {day}! {address_short}, apt {unit}. street parking only. rsvp by text {phone}",
            "{first} and {first2} request the pleasure of your company for {v6ct_occasion}. Where: our house, {address}. When: {day}, 6 pm. Questions? Call us at {phone}.",
            "Hey neighbors! We're throwing {v6ct_occasion} {day} afternoon and the whole block is welcome. It's at ours, {address_short}. Bring a lawn chair. Any questions, I'm at {phone}.",
        ],
        n=7,
    ),
    dict(
        family="neg.own_contact",
        lang="en",
        labels="",
        note=_OWN.format(
            what="address and phone as the finder of a lost pet or item, so the owner can reach them"
        ),
        templates=[
            "FOUND: {v6ct_found} near {cross} this morning. Safe with me at {address}. Describe it and it's yours. Call or text {phone}.",
            "Is this yours?? Found {v6ct_found} on the sidewalk on {street}. I live at {address_short}, unit {unit}, ring anytime or text me at {phone} 🐾",
            "Found {v6ct_found} outside {biz} yesterday. I left a note at the counter too. The owner can reach me at {email} or {phone}; I'm home after 5 at {address_short}.",
            "found {v6ct_found} by the bus stop on {street}, it's at my place for now. {address_short} if u want to come look, or call {phone}",
        ],
        n=7,
    ),
    dict(
        family="neg.own_contact",
        lang="en",
        labels="",
        note=_OWN.format(what="home address and phone to rent out a room in their own home"),
        templates=[
            "ROOM FOR RENT in my 3BR at {address}. $750 + utilities, available the 1st. Quiet household, two cats. Text {phone} to see it, I'm home most evenings.",
            "looking for a roommate!! my place is {address_short}, unit {unit}, 10 min walk to the train. room comes furnished. msg me at {phone} or {email}",
            "Sublet: my studio at {address}, June through August, you'd have it to yourself. Showings this weekend, email me at {email}.",
            "Hi, I'm {first}. I'm renting the spare room in my house at {address_short}. Non-smoker preferred. Call or text {phone}, and leave a message if I don't pick up, I work nights.",
        ],
        n=7,
    ),
    dict(
        family="neg.own_contact",
        lang="en",
        labels="",
        note=_OWN.format(
            what="address and phone in a courtesy notice to neighbours about work on their own home"
        ),
        templates=[
            "Hi neighbors, we're redoing the roof at our place, {address_short}, starting {day}. Crews 7 am–5 pm for about two weeks, sorry for the noise! If a truck blocks your driveway, call me directly at {phone}. — {first}",
            "Heads up from unit {unit}: we're having the kitchen gutted next week, weekdays 9–4. If the dust or noise gets bad, knock or text me at {phone}. Cookies to make up for it 🍪",
            "NOTICE TO NEIGHBORS: A dumpster will be in front of {address} from the 3rd to the 17th for our renovation. Please contact the homeowners ({first} and {first2} {last}) at {phone} or {email} with any concerns.",
            "we're the ones with the jackhammer lol. basement reno at {address_short}, should wrap up by {day}. if it's driving you nuts my number's {phone}, tell me and we'll take breaks",
        ],
        n=7,
    ),
    dict(
        family="neg.own_contact",
        lang="en",
        labels="",
        note=_OWN.format(what="unit, address and phone in a repair request to their own landlord"),
        templates=[
            "Hi {first2}, this is your tenant in {unit} at {address_short}. Just letting you know that {v6ct_fix}. I'm home after 5 all week, or call my cell at {phone} to set a time. Thanks!",
            "Maintenance request. Unit: {unit}, {address_short}. Issue: {v6ct_fix}. Permission to enter: yes, weekdays 9–3. Contact: {name}, {phone}, {email}.",
            "to the super: apt {unit} here, {v6ct_fix}, can someone come by? i work 7–3 so after 3:30 is best. my number is {phone}",
            "Dear property manager, I'm writing again about unit {unit} at {address_short}, {city}: {v6ct_fix}. This is my third request. Please reach me at {phone} or {email} to schedule the repair.",
        ],
        n=7,
    ),
    dict(
        family="neg.own_contact",
        lang="es",
        labels="",
        note="el autor da su PROPIO domicilio y teléfono para vender sus cosas; política: los datos propios del autor no son doxxing",
        templates=[
            "Venta de cochera este {day} en mi casa ({address}). Hay ropa, trastes, juguetes y {v6ct_mueble_es}. Desde las 8. Dudas al {phone}.",
            "Vendo {v6ct_mueble_es} en buen estado, me cambio de casa y ya no me cabe. Se recoge en mi domicilio, {address}, o se lo llevo por una cooperación. WhatsApp {phone}, pregunten por {first}.",
            "remato {v6ct_mueble_es} 🙌 urge porque me voy el {day}. mándenme whats al {phone}, estoy en {address_short}, depto {unit}, pueden pasar a checar",
            "Buen día, sí sigue disponible {v6ct_mueble_es}. Estoy en {address}, entre semana después de las 6 y el sábado todo el día. Márqueme antes al {phone} para estar al pendiente.",
        ],
        n=7,
    ),
    dict(
        family="neg.own_contact",
        lang="es",
        labels="",
        note="el autor pasa su PROPIA dirección, código de la puerta y depa a sus invitados; política: los datos propios del autor no son doxxing",
        templates=[
            "¿Ya casi llegan? El edificio es {address_short}. El código de la puerta es {gate}, suben al tercer piso y es el {unit}. Si no abre, márquenme al {phone} y bajo.",
            "para la reunión del {day}: mi depa está en {address_short}, interior {unit}. el interfón no sirve, mándenme un whats al {phone} cuando estén abajo 🙏",
            "Amiga, te dejo todo para que entres mientras llego: {address}, la clave de la reja es {gate} y la llave está debajo de la maceta. Cualquier cosa, a mi cel {phone}.",
            "Los que vienen a ver el partido: es en mi casa ({address}). Pasen directo al patio, el portón tiene código {gate}. Si se pierden me hablan al {phone}.",
        ],
        n=7,
    ),
    dict(
        family="neg.own_contact",
        lang="es",
        labels="",
        note="quien encontró un animal u objeto da su PROPIA dirección y teléfono para que el dueño lo recupere; política: los datos propios del autor no son doxxing",
        templates=[
            "Me encontré {v6ct_hallado_es} en {street}, por la tienda. Está en mi casa ({address}). Si es de ustedes, márquenme al {phone} y me dicen cómo es para regresárselo.",
            "ENCONTRADO 🐾 {v6ct_hallado_es} cerca de {address_short}. Está conmigo, vivo en el {unit} del mismo edificio. Mi número es {phone}, pregunten por {first}.",
            "¿De quién es? Apareció {v6ct_hallado_es} afuera de mi casa ({address}) esta mañana. Se queda conmigo mientras aparece el dueño, nomás escríbanme al {phone}.",
            "encontré {v6ct_hallado_es} en la parada del camión de {street}. se queda conmigo mientras aparece el dueño, estoy en {address_short}. whats {phone}",
        ],
        n=7,
    ),
    dict(
        family="neg.own_contact",
        lang="es",
        labels="",
        note="el autor anuncia un cuarto en renta en su PROPIA casa con su dirección y teléfono; política: los datos propios del autor no son doxxing",
        templates=[
            "Se renta cuarto amueblado en mi casa, {address}, con luz, agua e internet incluidos, $3,500 al mes. Solo personas tranquilas. Informes conmigo al {phone}.",
            "busco roomie para mi depa en {address_short}, depto {unit}. está cerca del metro y te toca la recámara con baño propio. mándame whats al {phone} o escríbeme a {email}",
            "Rento recámara a estudiante o señorita que trabaje. Es en mi casa ({address}). Vivo sola con mi mamá. Llámeme al {phone} después de las 5. Soy {first_f}.",
            "Hola, sí sigue disponible el cuarto. La dirección es {address}; puedes venir a verlo el {day} en la tarde. Mi cel es {phone}, avísame antes de salir.",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------
    # neg.business_contact (7 en, 4 es)
    # ------------------------------------------------------------------
    dict(
        family="neg.business_contact",
        lang="en",
        labels="",
        note="a licensed home bakery publishes its own pickup address, order line and hours (cottage-food labels must carry them); "
        + _BIZ,
        templates=[
            "🍰 {first}'s Kitchen, a licensed cottage bakery! {v6ct_bake} made to order. Pickup {day}s 10–2 at {address_short}. Order 48 hrs ahead: {phone} or {email_biz}.",
            "Our label, per the state cottage-food rules: 'Made in a home kitchen that is not subject to state inspection. Baked by {first} {last}, {address_short}, {city}. Contains: wheat, eggs, milk, soy.' Questions about allergens? Text us at {phone}.",
            "Now taking holiday orders for {v6ct_bake}! Text {phone}. Porch pickup at {address_short} on {day}, or delivery anywhere in {city} for $5.",
            "yes we still do {v6ct_bake}!! order by thursday for the weekend. pickup at the bakery door ({address_short}, unit {unit}) or catch us at the farmers market. text {phone}",
            "Small-business shoutout: {first_f} bakes the best {v6ct_bake} in {city}. Per her flyer, orders go to {phone} and pickup is Saturdays 9–1 at her stall at the {city} farmers market.",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="en",
        labels="",
        note="a groomer, vet or pet-care business lists its own address, phone and staff first names; "
        + _BIZ,
        templates=[
            "🐶 Suds & Scruffs: {v6ct_pet} by appointment, Tue–Sat 8–5. {address_short}, {city}. Call {phone} and ask for {first_f}, she's the owner.",
            "Anyone know a good vet near {street}? — Dr. {last}'s clinic at {address_short}. Front desk is {phone}, and they do {v6ct_pet} on Saturdays.",
            "Reminder: your pup's {v6ct_pet} appointment is confirmed for {day} at 9:30 with {first}. Drop-off at {address_short}, side entrance. Questions: {phone} / {email_biz}.",
            "been taking my dog to {first_m} for {v6ct_pet} for like 3 years, he's a pro. business line {phone}, shop's at {address_short} next to {biz}",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="en",
        labels="",
        note="a daycare or preschool publishes its address, hours, office phone and director's name; "
        + _BIZ,
        templates=[
            "Enrollment is open at Little Acorns Learning Center! Ages 6 weeks to 5 years, 6:30 am–6 pm. Tours {day}s at 10. {address_short}, {city}. Director: {first} {last}, {phone}, {email_biz}.",
            "If you're still on waitlists, the daycare at {address_short} just opened two infant spots. Call the front office at {phone} and ask for {first_f}, the director. Tell her I sent you.",
            "Licensed family child care program, 2 openings for toddlers, Mon–Fri 7–5:30, meals included. Call {first_f} at {phone} to schedule a visit to the program at {address_short}.",
            "PARENT NOTICE: Rainbow Kite Preschool will close at noon {day} for staff training. Pickup at the {street} entrance. Office: {phone}. — {first} {last}, Center Director",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="en",
        labels="",
        note="phone numbers printed on work trucks, job-site signs and yard signs are a business's own advertising; "
        + _BIZ,
        templates=[
            "saw this on the van next to me lol: 'WE HANDLE YOUR DIRTY WORK. {first}'s Pressure Washing, {phone}, licensed & insured.' saving the number, my deck is disgusting",
            "Job-site sign outside the old bank on {street}: 'Coming soon: {biz}. General contractor: {last} Builders. Questions or complaints, call the site superintendent at {phone}, Mon–Fri 7–3:30.'",
            "The magnet on the plumber's truck says '{last} & Sons · 24-hr emergency · {phone} · {email_biz}'. He came out at 2 am for my burst pipe, can't recommend him enough.",
            "Yard sign: 'Another lawn by {first}'s Landscaping · {phone}'. That's the crew that did the park strip on {street}, and they're reasonable.",
            "HOW'S MY DRIVING? Call {phone}. Truck #{num}, {biz} delivery fleet.",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="en",
        labels="",
        note="a hiring post names the manager to ask for at the business, with the business address, phone and email; "
        + _BIZ,
        templates=[
            "NOW HIRING line cooks and dishwashers at {v6ct_resto}, {address_short}. $18–22/hr. Apply in person Tue–Thu 2–4 pm, ask for {first}, our kitchen manager, or email your résumé to {email_biz}.",
            "Help-wanted sign in the window at {biz}: 'Part-time cashier, weekends. See {first} at the register or call {phone}.' Posting it here for anyone looking.",
            "We're growing! Seasonal warehouse associates needed, all shifts. Hiring event {day} 9 am–3 pm at our facility, {address_short}, {city}. Walk-ins welcome. HR contact: {first} {last}, {phone}.",
            "my job is hiring fr 👀 {v6ct_resto} on {street} needs servers, tell {first} at the host stand that i sent u. or call the restaurant at {phone} after 3",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="en",
        labels="",
        note="a gym's class timetable names instructors and gives the studio address and front-desk number; a work schedule at a business, "
        + _BIZ,
        templates=[
            "This week at Ironleaf Fitness ({address_short}): {v6ct_class} with {first}, {first2} subbing Thursday. Book on the app or call the front desk at {phone}. Doors open 30 min before class.",
            "New class alert 🔥 {v6ct_class} starting {day}, taught by {first} {last}. First class free! Studio {unit}, {address_short}. Questions: {email_biz}.",
            "if u want to try {v6ct_class}, go to {first_f}'s class at the Y on {street}. she's tough but amazing. front desk # is {phone}, call to reserve a spot",
            "Schedule change: {first}'s {v6ct_class} moves from Studio A to Studio B starting {day}. Club hours stay 5 am–10 pm weekdays. Front desk: {phone}.",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="en",
        labels="",
        note="a tax preparer or notary advertises their office, hours and business phone; " + _BIZ,
        templates=[
            "Tax season is here! {first} {last}, Enrolled Agent. Individual and small-business returns, ITIN applications. Walk-ins {day}s 10–6 at {address_short}, Suite {num}. Appointments: {phone}.",
            "Mobile notary, evenings and weekends, I come to you anywhere in {city}. Loan signings, affidavits, powers of attorney. {first} {last}, Notary Public. Text {phone} or email {email_biz}.",
            "Who does your taxes? — I go to {first_f} at the little office above {biz} on {street}. Flat $80 for a simple return. Office number is {phone}; she's booked solid after March so call now.",
            "REMINDER from {last} Tax & Bookkeeping: open Saturdays 9–1 through April 15. Drop off your W-2s at {address_short} or send them to {email_biz}. Questions: {phone}.",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="es",
        labels="",
        note="un negocio de fletes y mudanzas anuncia su teléfono de trabajo, dirección y horario; política: los datos de contacto de un negocio no son doxxing",
        templates=[
            "FLETES Y MUDANZAS {last} 🚚 locales y foráneos, camioneta de 3.5 toneladas. Pregunte por don {first_m} al {phone}. Servicio de lunes a domingo, de 7 a 9.",
            "¿Alguien conoce quién haga mudanzas barato? — Yo contraté a {first_m}, tiene su negocio de fletes en {address_short}. Su número de trabajo es {phone}, muy cumplido.",
            "Se hacen fletes dentro de {city}: muebles, electrodomésticos, material de construcción. Cotice sin compromiso por WhatsApp al {phone} o visítenos en {address_short}, {city}.",
            "oye te paso el de los fletes que me llevaron el refri: {phone}, es el negocio de {first_m} {last}, atienden de 8 a 6. dile que vas de mi parte",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="es",
        labels="",
        note="una academia o maestra de regularización publica su local, horario y teléfono para inscripciones; política: los datos de contacto de un negocio no son doxxing",
        templates=[
            "CLASES DE REGULARIZACIÓN: {v6ct_materia_es}. Maestra titulada con 12 años de experiencia. Grupos pequeños, lunes a jueves de 4 a 7, en {address_short}. Informes con la maestra {first_f} al {phone}.",
            "Se dan clases de {v6ct_materia_es} en el centro de aprendizaje de {address_short}, local {num}. Primera clase gratis. Escríbanos a {email_biz} o al WhatsApp {phone}.",
            "Mamás, ¿conocen a alguien que dé {v6ct_materia_es}? — Sí, el profe {first_m} {last}, tiene su academia en {address_short}, {city}. Cobra $150 la hora. El número de la academia es {phone}.",
            "Aviso de la academia: a partir del {day} la clase de {v6ct_materia_es} pasa a las 5 de la tarde. Seguimos en {address_short}. Dudas al {phone}, con la coordinadora {first_f}.",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="es",
        labels="",
        note="una veterinaria o estética canina publica su dirección, horario, teléfono y el nombre del médico; política: los datos de contacto de un negocio no son doxxing",
        templates=[
            "Clínica Veterinaria San Roque: consulta, vacunas y esterilizaciones. {address_short}, {city}. Horario de 9 a 8, domingos de 10 a 2. Urgencias al {phone}. MVZ {first_f} {last}.",
            "Llévenlo con el doctor {first_m} de la veterinaria de {address_short}, a mi gato le salvó la vida. El teléfono del consultorio es {phone}.",
            "Estética canina a domicilio 🐕 baño, corte y uñas. Vamos a tu casa en {city} y alrededores. Agenda con {first_f} al {phone}, de martes a sábado.",
            "Campaña de vacunación antirrábica en la Veterinaria {last}, {address_short}, el {day} de 9 a 2. Cuota de recuperación $50. Informes al {phone}.",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="es",
        labels="",
        note="una oficina de taxes y trámites anuncia su dirección, horario, teléfono y a quién preguntar; política: los datos de contacto de un negocio no son doxxing",
        templates=[
            "¡Ya llegó la temporada de taxes! Preparamos sus impuestos, trámite de ITIN y más. Pregunte por {first_f} en {address_short}, suite {num}. Tel. {phone}, de lunes a sábado de 9 a 7.",
            "yo hago mis taxes con {first_m} {last}, tiene su oficinita en {address_short} al lado de la lavandería. cobra justo y habla español. el número de la oficina es {phone}",
            "Servicios {last}: traducciones, notario público, llenado de formas (no somos abogados), envíos de dinero. {address_short}, {city}. Lunes a viernes de 10 a 6. {phone} · {email_biz}",
            "Aviso a nuestros clientes: la oficina cerrará el {day} por inventario. Pueden dejar sus W-2 en el buzón de la puerta o mandarlos a {email_biz}. Para citas: {phone}.",
        ],
        n=7,
    ),
    # ------------------------------------------------------------------
    # neg.public_office (8 en, 3 es)
    # ------------------------------------------------------------------
    dict(
        family="neg.public_office",
        lang="en",
        labels="",
        note="a campaign publishes its field office address and its volunteer coordinator's campaign number; a campaign office contact, "
        + _PUB,
        templates=[
            "Hi {first}! This is {first2}, a volunteer with {last} for State Senate. Early voting starts {day}. Need a ride or have questions? Our campaign office at {address_short} is open 9–7, or call our volunteer coordinator at {phone}. Reply STOP to opt out.",
            "Canvass kickoff this Saturday 9 am at the {last} for Congress field office, {address_short}, {city}. Clipboards, coffee and turf packets. Text our field organizer {first} at {phone} so we know how many donuts to get 🍩",
            "Postcard party tonight! Bring a pen and your best handwriting to the {last} campaign HQ ({address_short}, second floor), 5:30–8:30. Questions: {email_biz} or {phone}.",
            "volunteer shifts for election day are up. poll greeters report to the campaign office at {address_short} at 6 am. volunteer coordinator {first} {last}: {phone}. PLEASE sign up, we're short on the east side",
        ],
        n=7,
    ),
    dict(
        family="neg.public_office",
        lang="en",
        labels="",
        note="a sample constituent letter sent to an official's published office address or office email; "
        + _PUB,
        templates=[
            "Sample letter you can copy: 'Dear Senator {last}, I'm a constituent in {city} and I urge you to support the transit bill.' Mail it to the district office, {address_short}, {city}, or email {email_office}.",
            "Write-in drive: address your cards to Councilmember {first} {last}, City Hall, {address_short}, Room 2{num}, {city}. Keep it short, keep it kind, and tell them which street you live on.",
            "Template. Subject: Please vote YES on the library levy. Body: 'Dear Commissioner {last}, our branch is the only place my kids can study after school...' Send to {email_office} and cc the clerk. Deadline {day}, 5 pm.",
            "If you've never written your rep before: the office address is public on the county site ({address_short}, {city}, Suite 2{num}). Handwritten letters get counted. Mention the bill number.",
        ],
        n=7,
    ),
    dict(
        family="neg.public_office",
        lang="en",
        labels="",
        note="polling-place locations, precinct changes and the elections office hotline are public election information; "
        + _PUB,
        templates=[
            "Your polling place for Tuesday: the gymnasium at {school}, {address_short}. Polls open 6 am to 8 pm. Questions? County Elections Office: {phone}.",
            "PRECINCT CHANGE: voters in Precinct {num} now vote at the {city} Fire Hall, {address_short}, {city}. Curbside voting is available; call the elections office at {phone} when you pull up.",
            "if ur precinct used to be the church on {street}, it moved!! now it's the community room at {address_short}. accessible entrance on the side. election office # is {phone} if you're confused",
            "Election Day help: the election judge at your site is in charge. For anything they can't solve, the county clerk's hotline is {phone}, 6 am–9 pm, or email {email_office}.",
        ],
        n=7,
    ),
    dict(
        family="neg.public_office",
        lang="en",
        labels="",
        note="city parks, library and permit offices with staff names, room numbers and office lines are government office contacts; "
        + _PUB,
        templates=[
            "To reserve a picnic shelter at {last2} Park, call Parks & Recreation at {phone}, weekdays 8–4:30, and ask for {first} in permits. The office is in the City Hall Annex, {address_short}, Room 1{num}.",
            "Block party permit tip: the Special Events office is at {address_short}, {city}, 2nd floor. Takes about 10 business days. The coordinator is {first_f} {last} ({email_office}) and she's super helpful.",
            "The {city} Public Library's community room is free for nonprofits. Book it with branch manager {first} {last} at {phone}, or at the info desk, {address_short}, Mon–Sat 10–6.",
            "fyi if a city tree is leaning over your sidewalk that's the forestry dept, not you. call {phone} or email {email_office}, they sent an arborist named {first} out within a week",
        ],
        n=7,
    ),
    dict(
        family="neg.public_office",
        lang="en",
        labels="",
        note="a caseworker's, victim advocate's or inspector's desk line at a government office is a public-office work contact; "
        + _PUB,
        templates=[
            "my caseworker at the county benefits office is Ms. {last}, her desk line is {phone}. she said her clients should call her direct instead of the main number, so if ur on her caseload do that",
            "For anyone dealing with a SNAP renewal: the Human Services office at {address_short} takes walk-ins 8–11 am. My worker was {first} {last}, extension 2{num}, and she fixed it in one visit.",
            "The victim advocate on my case at the DA's office, {first_f} {last}, has been amazing. If you're going through it too, her office line is {phone}. County Justice Building, {address_short}, Suite 4{num}.",
            "Housing Authority inspections: your inspector's name and office number are on the notice (ours was Inspector {last}, {phone}). To reschedule, call that line at least 24 hours ahead.",
        ],
        n=7,
    ),
    dict(
        family="neg.public_office",
        lang="en",
        labels="",
        note="a fire station's address, prevention-office phone and firefighters' names for public programs are public-office contacts; "
        + _PUB,
        templates=[
            "Free smoke alarm installs! {city} Fire Department, Station {num}, {address_short}. Call the fire prevention office at {phone} to book, Mon–Fri 8–4. Ask for Captain {last}.",
            "Burn permits for brush piles are issued at the fire marshal's office, {address_short}, {city}, weekdays 8 to noon. Bring your parcel number. Questions: {email_office}.",
            "Station {num} open house {day} 10–2 🚒 kids can sit in the engine! {address_short}. Community liaison Firefighter {first} {last}: {phone}.",
            "pro tip: if you need a car seat checked, station {num} on {street} does it free on tuesdays. call ahead at {phone}, engineer {last} is the certified tech",
        ],
        n=7,
    ),
    dict(
        family="neg.public_office",
        lang="en",
        labels="",
        note="a legislative committee clerk's office, room and email for signing up to testify are public-office contacts; "
        + _PUB,
        templates=[
            "HEARING ALERT: The House Housing Committee takes public testimony on HB {num}1{num} {day} at 1 pm, Room 3{num}, State Capitol. Sign up with the committee clerk, {first} {last}, at {email_office} or {phone}.",
            "You can testify remotely! Email your written testimony to the committee office ({email_office}) by noon {day}. Include your name and city. Staff contact: {first} {last}, {phone}.",
            "for anyone who's never done this: go to the Capitol, {address_short}, {city}, find the hearing room and fill out a witness card. the clerk's desk is right by the door. questions → committee office, {phone}",
            "Subcommittee clerk's office: Room 2{num}, Legislative Office Building, {address_short}. Open 8:30–5 on session days. To register as a witness, call {phone}.",
        ],
        n=7,
    ),
    dict(
        family="neg.public_office",
        lang="en",
        labels="",
        note="the county veterans service officer's office address, hours and direct office line are government office contacts; "
        + _PUB,
        templates=[
            "Veterans: the County Veterans Service Officer, {first} {last}, helps with VA claims for free. Walk-ins Tue/Thu 8–noon at the Courthouse Annex, {address_short}, Room 1{num}. Office: {phone}.",
            "Shoutout to our county VSO office ({address_short}). {first} there got my dad's disability rating fixed after 3 years. Call {phone}, don't pay those 'claim consultants'.",
            "Reminder from the {city} Veterans Services Office: we're closed {day} for the holiday. Claims can go in the drop slot by Room 1{num} or to {email_office}.",
            "My uncle kept asking how to reach the VA rep. It's a county office, {address_short}, {city}, and the direct line is {phone}. Ask for {first}.",
        ],
        n=7,
    ),
    dict(
        family="neg.public_office",
        lang="es",
        labels="",
        note="la casa de campaña de un candidato y el teléfono de su coordinadora de voluntarios son contacto de una campaña pública; política: la oficina de un funcionario o campaña no es doxxing",
        templates=[
            "¡Únete a la campaña! La casa de campaña de {first_f} {last} para presidenta municipal está en {address_short}, abierta de 9 a 9. Voluntarios: comuníquense con la coordinadora {first2} al {phone}.",
            "Este {day} hay brigada casa por casa. Nos vemos a las 8 en la casa de campaña, {address_short}, {city}. Traigan gorra y agua. Dudas con el coordinador {first_m} al {phone}.",
            "oigan, en la oficina de campaña del candidato {last} en {street} están dando información para votar. abren hasta las 8, pregunten por {first_f}, ella es la de voluntarios",
            "Invitación: reunión vecinal con el candidato a regidor {first_m} {last}, el {day} a las 6 en su casa de campaña, {address_short}. Confirmar asistencia al {phone} o a {email_office}.",
        ],
        n=7,
    ),
    dict(
        family="neg.public_office",
        lang="es",
        labels="",
        note="la unidad de atención a víctimas de la Fiscalía y la línea de oficina de una asesora jurídica son contacto de una oficina pública; política: no es doxxing",
        templates=[
            "Si eres víctima de un delito, la Unidad de Atención a Víctimas de la Fiscalía te da asesoría jurídica gratis. Oficinas en {address_short}, {city}, de 9 a 5. Tel. {phone}.",
            "Mi asesora jurídica en la Fiscalía es la Lic. {first_f} {last}, y la neta me ha apoyado mucho. Su oficina está en {address_short}, segundo piso, y el teléfono de la unidad es {phone}.",
            "Para dudas sobre su audiencia, llame a la coordinación de víctimas y testigos de la oficina del fiscal de distrito: {phone}, extensión 2{num}. Atienden en español de lunes a viernes.",
            "¿Ya le dieron su número de carpeta? Con ese número vaya a la Fiscalía en {address_short} y pregunte por el área de atención a víctimas. Abren desde las 8.",
        ],
        n=7,
    ),
    dict(
        family="neg.public_office",
        lang="es",
        labels="",
        note="el módulo del INE, la oficina de elecciones del condado y la ubicación de una casilla son información electoral pública; política: la oficina pública no es doxxing",
        templates=[
            "El módulo del INE en {address_short} abre de lunes a sábado de 8 a 8 para tramitar o renovar tu credencial. Haz cita al {phone} o llega temprano.",
            "Votantes: la oficina de elecciones del condado tiene personal bilingüe. Está en {address_short}, suite 1{num}, abre de 8 a 5. Pidan su boleta en español al {phone} o escriban a {email_office}.",
            "Oigan, ya movieron la casilla de la sección {num}, ahora es en {school}, por {street}. En la oficina de elecciones dicen que cualquier duda al {phone}.",
            "si les llegó carta de que su registro está incompleto, vayan a la oficina de elecciones en {address_short}, ventanilla 3. yo fui el {day} y en 10 min quedó",
        ],
        n=7,
    ),
]

# ruff: noqa: E501
"""v9 corpus groups: dox.phone, dox.email, dox.id_number, dox.school, dox.schedule, dox.family_workplace, neg.news_dox, neg.court_record, neg.pii_benign, neg.own_contact, neg.victim_report. Fictitious people and reserved numbers only."""

POOLS: dict[str, list[str]] = {
    # Lead-generation forms a harasser fills in with someone else's cell so sales calls pour in.
    "v9dm_signup": [
        "every timeshare giveaway online",
        "about thirty car-warranty quote forms",
        "every 'free solar estimate' form in the state",
        "a dozen debt-relief hotlines",
        "every Medicare plan quote site on page one of the search",
    ],
    # Invented high schools (for band, cheer and junior-year wording).
    "v9dm_high": [
        "Brambleton High",
        "Redfern Prep",
        "Thornfield High School",
        "Galloway Ridge High",
        "Kessler Park High",
    ],
    # Newsletters and mailing lists used to flood a personal inbox.
    "v9dm_lists": [
        "every crypto newsletter, fan club and coupon list out there",
        "the daily emails from every car dealership in the county",
        "church bulletins, MLM 'opportunities' and horoscope digests",
        "every political campaign's fundraising list, both parties",
    ],
}

POOLS_ES: dict[str, list[str]] = {
    # Premios de una rifa falsa que se usa para que le lluevan llamadas a otra persona.
    "v9dm_rifa": [
        "una troca Lobo 2019",
        "un iPhone 15 Pro nuevo en caja",
        "una moto Italika 150",
        "una pantalla de 75 pulgadas",
        "un viaje a Cancún para dos",
    ],
    # Claves de elector inventadas (formato de 18 caracteres, no corresponden a nadie).
    "v9dm_clave": [
        "GRLPMR88041519H300",
        "VZQTNR91112007M500",
        "SNCHLZ79063028H100",
        "MRNDLC85021409M800",
        "RBLSGT93071712H200",
    ],
}

GROUPS: list[dict] = [
    # ---- pair 1: someone else's cell fed to sales-call forms (pos) vs news of such a campaign, no number (neg)
    dict(
        pair="dox_method.01",
        family="dox.phone",
        lang="en",
        labels="D",
        note="the author brags about feeding a private person's personal cell into sales-callback forms and prints the number: a private person's personal phone disclosed to expose her (policy: personal phone)",
        templates=[
            "update on my petty revenge: put {first_f} {last}'s cell into {v9dm_signup}. number's {phone} if anyone wants to add to the pile lol",
            "My ex-roommate {first_m} {last} kept my deposit, so his personal cell ({phone}) is now on {v9dm_signup}. Ten calls an hour by lunch. Feel free to sign him up for more.",
            "Spent my lunch break entering {phone} on {v9dm_signup}. That's {first_f} {last}, the one who reported my dog to the HOA. Her phone hasn't stopped since.",
            "pro tip if someone wrongs you: take their cell, like {first_m} {last}'s, {phone}, and put it on {v9dm_signup}. already did it for him, y'all can finish the job",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.01",
        family="neg.news_dox",
        lang="en",
        labels="",
        note="news about a harasser who fed a woman's cell into sales-callback forms; the report prints no number (policy: news reporting that repeats none of the data)",
        templates=[
            "A {city} woman says she received more than 400 sales calls in a week after someone entered her cellphone number on {v9dm_signup}. Police confirmed a harassment report; the number has not been made public.",
            "HARASSMENT BY ROBOCALL: Detectives in {city} are investigating a man accused of signing his former landlord up for {v9dm_signup}. The victim asked that her name and number be withheld, and the Courier is honouring that.",
            "Consumer watch: if your phone suddenly rings nonstop with warranty and solar pitches, someone may have submitted your number on lead forms out of spite. A reader in {city} told us it happened to her after a neighbour dispute. We are not printing her number, and you shouldn't share yours in the comments either.",
            "Prosecutors charged a {city} man with telephone harassment on {day}, alleging he submitted an ex-partner's cell number to {v9dm_signup}. The complaint redacts the number.",
        ],
        n=7,
    ),
    # ---- pair 2 (es): rifa falsa con el cel de otra persona (pos) vs nota sobre rifas falsas, sin número (neg)
    dict(
        pair="dox_method.02",
        family="dox.phone",
        lang="es",
        labels="D",
        note="la autora publica una rifa falsa con el celular personal de otra mujer para que le lluevan llamadas; es el teléfono personal de una particular (policy: personal phone)",
        templates=[
            "Ya subí la 'rifa' al grupo de ventas: se rifa {v9dm_rifa}, boletos a 20 pesos, apártalo con {first_f} al {phone}. Es el cel de {first_f} {last}, la que me bajó al novio jajaja",
            "RIFA 🎉 {v9dm_rifa}, solo 100 números, aparta el tuyo por WhatsApp al {phone} con {first_f} {last}. (ni hay rifa ni nada, es el número de mi excuñada, a ver cuántos le escriben)",
            "compártanlo en todos los grupos: rifa de {v9dm_rifa}, informes con {first_m} {last} al {phone}, a cualquier hora. el que me quedó a deber tres meses de renta, que le truene el teléfono",
            "Pa' que vean que sí se puede: puse una rifa falsa de {v9dm_rifa} con el número personal de {first_f} {last}, {phone}. Ya lleva como 200 mensajes. Si la quieren compartir, adelante.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.02",
        family="neg.news_dox",
        lang="es",
        labels="",
        note="nota y aviso sobre rifas falsas que usan el número de otra persona, sin publicar ningún número (policy: news reporting that repeats none of the data)",
        templates=[
            "Una vecina de {city} denunció que alguien publicó una rifa falsa de {v9dm_rifa} con su número de celular y desde entonces recibe cientos de mensajes al día. La policía cibernética pidió no compartir la publicación ni el número.",
            "⚠️ Aviso de la administración del grupo: borramos la rifa de {v9dm_rifa} que circuló ayer. El número que aparecía era de una señora que no tenía nada que ver. No lo vuelvan a compartir, por favor.",
            "¿Te llegan mensajes por una rifa que nunca organizaste? Le pasó a una maestra de {city}: usaron su teléfono en un anuncio falso de {v9dm_rifa}. La fiscalía recomienda levantar la denuncia y guardar capturas.",
            "Detienen en {city} a un hombre que publicaba rifas falsas de {v9dm_rifa} con los números de sus exparejas; la fiscalía no dio a conocer los nombres ni los teléfonos de las afectadas.",
        ],
        n=7,
    ),
    # ---- pair 3: a dorm neighbour's cell posted for a pile-on (pos) vs a member's number passed on at her request (neg)
    dict(
        pair="dox_method.03",
        family="dox.phone",
        lang="en",
        labels="D",
        note="a student posts a private classmate's cell so everyone adds and spams her; her personal phone shared without consent to expose her (policy: personal phone)",
        templates=[
            "so the girl who reported our floor party to the RA is {first_f} {last}. her cell is {phone}. add it to every group chat you're in and name the chats after her 🙃",
            "[{first_m}]: who snitched about the party\n[{first2}]: {first_f} {last}, 3rd floor\n[{first_m}]: drop her number\n[{first2}]: {phone}. go crazy",
            "Whoever got our intramural team banned: {first_m} {last}, and his number is {phone}. Added him to 14 group chats already. Your turn.",
            "PSA for the whole building: {first_f} {last} is the one who called campus security on the study room. Her personal number, {phone}. You know what to do.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.03",
        family="neg.pii_benign",
        lang="en",
        labels="",
        note="a club officer relays a member's new number because the member asked for it to be shared with the team; consented sharing for her own purpose exposes no one (policy: benign, consented details)",
        templates=[
            "Hi team! {first_f} dropped her phone in the lake on Saturday 😅 and asked me to post her new number here so she doesn't miss practice changes: {phone}. Please save it!",
            "[Choir]\n[{first_m}]: {first_f} asked me to share her new number since she's locked out of the group: {phone}\n[{first2}]: saved, thanks!",
            "Quick note from the club secretary: at {first_m} {last}'s request, his contact for carpool questions is now {phone}. Update your lists before Thursday.",
        ],
        n=7,
    ),
    # ---- pair 4: personal email signed up for mass mailings (pos) vs mailing-list documentation with example addresses (neg)
    dict(
        pair="dox_method.04",
        family="dox.email",
        lang="en",
        labels="D",
        note="the author posts a private person's personal email so others will sign it up for junk mail; a private person's personal email disclosed to expose them (policy: personal email)",
        templates=[
            "{first} {last} got me kicked out of the book club, so I've signed {email} up for {v9dm_lists}. That's the personal inbox, not work. Go wild.",
            "hey gang, new project: sign {email} up for {v9dm_lists}. it's {first} {last}'s personal address, the one from the old soccer league sheet.",
            "Since {first} {last} loves forwarding chain mail, I figured they'd love more mail. Personal email: {email}. Subscribed it to {v9dm_lists}. Help me out.",
            "{email} ← {first} {last}'s private address. Put it on every signup form you see today. Every. One.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.04",
        family="neg.pii_benign",
        lang="en",
        labels="",
        note="newsletter-tool documentation and a support reply that show placeholder addresses at reserved example domains; sample data about no real person (policy: test data exposes no one)",
        templates=[
            "Bulk import ({month} update): paste one address per line, for example jane.doe@example.com and sam.lee@example.org. Subscribers you add this way must have opted in; we remove any list with a complaint rate above 0.3%.",
            "Double opt-in explained: when someone types an address like reader{num}@example.net into your signup form, we send a confirmation link first. No confirmation, no emails. This protects people from being signed up by someone else.",
            "Support reply: Thanks for writing in! Your CSV failed because row {num} reads 'testuser@example' without a domain ending. Use a full address like testuser@example.com and re-upload.",
            "Template tip #{num}: in the preview pane, merge tags show sample data, e.g. 'Hi Alex,' and alex@example.org. Real subscriber data only appears when the campaign is sent.",
        ],
        n=7,
    ),
    # ---- pair 5: neighbour's personal email posted so the street can 'let her know' (pos) vs the victim reporting her own email was posted (neg)
    dict(
        pair="dox_method.05",
        family="dox.email",
        lang="en",
        labels="D",
        note="a neighbour posts the personal email of the private person who made a city complaint so the street will pile on; disclosing a private person's personal email (policy: personal email)",
        templates=[
            "The city won't tell us who complained about the fence, but it wasn't hard to figure out. {first} {last}, personal email {email}, the one from their Etsy shop receipts. Let them know how the whole street feels.",
            "Mystery solved re: the parking complaint. It was {first} {last} at the end of the cul-de-sac. Private inbox is {email}. I'm not saying do anything, I'm just saying it's there.",
            "For everyone who got a code-enforcement letter this week: the person behind it is {first} {last}. Their personal address is {email} (not the HOA one). Fill it up.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.05",
        family="neg.victim_report",
        lang="en",
        labels="",
        note="the person whose email was posted reports it to the platform and gives her own address so the post can be found; a victim describing a dox of her own data discloses nothing new (README decision 8)",
        templates=[
            "To the moderators: someone posted my personal email, {email}, in the neighbourhood thread with 'fill it up'. I'm {first} {last}. I've had 300 messages since last night. Please remove the post and the reposts.",
            "I filed a police report today. After I complained about the fence, a neighbour shared my private address ({email}) in the street group and told people to 'let me know how they feel'. I'm scared to open my inbox.",
            "Hi, I'm writing to my lawyer, copying this to the platform: my own email, {email}, was published without my consent along with my name, {first} {last}. Attached are screenshots of the post and of the hateful messages that followed.",
        ],
        n=7,
    ),
    # ---- pair 6 (es): correo personal inscrito en páginas de citas (pos) vs la autora da su propio correo para la tanda (neg)
    dict(
        pair="dox_method.06",
        family="dox.email",
        lang="es",
        labels="D",
        note="el autor publica el correo personal de una persona particular para que la inscriban en páginas de citas y la llenen de spam; revelar el correo personal de otro (policy: personal email)",
        templates=[
            "{first} {last} se fue con la lana del negocio que teníamos juntos. Su correo personal es {email}. Regístrenlo en todas las páginas de citas y de préstamos que encuentren.",
            "ahí les dejo el correo particular de {first} {last}: {email}. ya lo metí a como veinte páginas de citas, ayúdenme con las que falten 😂",
            "Para los del grupo que también salieron perdiendo con la tanda: el correo de {first} {last} es {email}, el personal, no el del trabajo. Suscríbanlo a todo lo que se les ocurra.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.06",
        family="neg.own_contact",
        lang="es",
        labels="",
        note="la organizadora da su propio correo y celular para recibir comprobantes de la tanda; son sus propios datos (policy: own contact details)",
        templates=[
            "Buenas, compañeras de la tanda 🙋‍♀️ Ya cambié de correo, manden sus comprobantes a {email} y si algo falla me marcan al {phone}. Gracias, {first}.",
            "Soy {first} {last}, quien organiza la tanda de la colonia. Mi correo nuevo es {email}; ahí les mando la lista de turnos el {day}.",
            "anótenme pa'l intercambio navideño, mi correo es {email} y ahí me mandan la lista de deseos 🎁",
        ],
        n=7,
    ),
    # ---- pair 7: a bouncer posts a patron's licence from the door scan (pos) vs the author's own lost licence (neg)
    dict(
        pair="dox_method.07",
        family="dox.id_number",
        lang="en",
        labels="D",
        note="a bar worker posts a customer's driver's licence number and birth date read off the ID scanner; a private person's ID number disclosed to expose him (policy: ID numbers)",
        templates=[
            "Bouncer life: the guy who started the fight at close tonight scanned in as {first_m} {last}, DL {dl}, DOB {dob}. Posting it so every bar on {street} knows who he is.",
            "The ID scanner keeps everything, so for the guy who threw a glass at our bartender: {first_m} {last}, born {dob}, licence {dl}. Enjoy the fame.",
            "door log from saturday, since he wants to leave 1-star reviews: {first_m} {last} / {dl} / dob {dob}. that's who you're dealing with",
            "Bartenders of {city}, save this. {first_f} {last}, DL# {dl}, DOB {dob}. Skipped a $300 tab and screamed at my staff. Scanned her in myself.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.07",
        family="neg.own_contact",
        lang="en",
        labels="",
        note="the author posts their own lost licence details and their own phone so a finder can return it; the author's own ID and contact (policy: own contact details)",
        templates=[
            "Lost my wallet somewhere around {street} last night 😩 If anyone finds a licence for {name}, number {dl}, please text me at {phone}. Reward in pizza.",
            "Dropped my driver's license outside {biz}. It's mine, {first} {last}, DOB {dob}. Call {phone} if it turns up, I'll come get it.",
            "Lost & found: I'm looking for my OWN licence ({dl}, {name}). Already reported it to the DMV, but I'd rather not wait six weeks. DM me or call {phone}.",
        ],
        n=7,
    ),
    # ---- pair 8: a volunteer posts a parent's licence from a background-check form (pos) vs a court record with the numbers redacted (neg)
    dict(
        pair="dox_method.08",
        family="dox.id_number",
        lang="en",
        labels="D",
        note="a league volunteer posts a parent's licence number and birth date from the volunteer background-check form after a dispute; a private person's ID number disclosed (policy: ID numbers)",
        templates=[
            "I do the background checks for our youth league, so I've seen {first_m} {last}'s form. Since he wants to scream at 10-year-olds: DL {dl}, born {dob}. Parents, you're welcome.",
            "That dad who got ejected from the U12 game, {first_m} {last}? His volunteer form is sitting right here. Licence {dl}, DOB {dob}. Let's see him coach now.",
            "League board member here. {first_f} {last} went after our ref in the parking lot, so I'm sharing what she put on her coaching application: {dl}, {dob}. Not protecting her anymore.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.08",
        family="neg.court_record",
        lang="en",
        labels="",
        note="court records of a case about someone who posted a parent's licence and SSN, with the numbers redacted; court documents that repeat none of the data (policy: court records)",
        templates=[
            "ORDER GRANTING PRELIMINARY INJUNCTION, Case No. {caseno}. Defendant, a former league volunteer, published Plaintiff's driver's licence number (D***-****-****) and date of birth (**/**/****) on a community forum. Defendant shall remove all copies within 48 hours.",
            "Case No. {caseno}. Count 2: unlawful disclosure of personal identifying information. The victim's Social Security number, referenced in Exhibit 4 as XXX-XX-[redacted], was posted by the defendant following a dispute at a youth sporting event.",
            "Docket entry, {month}: Stipulated protective order entered. All filings shall redact identification numbers to the last four digits, replaced here with [REDACTED] per Rule 5.2.",
            "Opinion excerpt ({month} term): The record shows the defendant copied the complainant's licence number from a background-check form and posted it. We decline to repeat that number here. Affirmed.",
        ],
        n=7,
    ),
    # ---- pair 9 (es): clave de elector de la copia del INE (pos) vs instrucciones con formato de ejemplo (neg)
    dict(
        pair="dox_method.09",
        family="dox.id_number",
        lang="es",
        labels="D",
        note="el vendedor publica la clave de elector de un comprador sacada de la copia de su INE para exhibirlo; número de identificación de un particular (policy: ID numbers)",
        templates=[
            "El que me compró la moto y me dio un cheque sin fondos se llama {first_m} {last}. Me dejó copia de su INE: clave de elector {v9dm_clave}, nació el {dob}. Ahí está, pa' que lo reconozcan.",
            "Se las dejo: {first_f} {last}, clave de elector {v9dm_clave}. La saqué de la copia de la credencial que me dio cuando le renté el local. Nunca pagó.",
            "jaja ya ni modo, el que se echó para atrás con el carro después de apartarlo: {first_m} {last}, INE {v9dm_clave}. difundan",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.09",
        family="neg.pii_benign",
        lang="es",
        labels="",
        note="instrucciones de un trámite que explican dónde viene la clave de elector, con formatos de ejemplo que no son de nadie (policy: example data exposes no one)",
        templates=[
            "Guía del módulo de {city}: ¿dónde está tu clave de elector? En el frente de tu credencial, debajo de tu domicilio. Son 18 caracteres, por ejemplo: AAAAAA00000000H000. No la confundas con la CURP.",
            "Paso {num} del registro: escribe tu clave de elector tal como aparece en tu INE (18 caracteres, sin espacios). Si te marca error, revisa que no hayas puesto la letra O en lugar del cero.",
            "Guía rápida para llenar la solicitud de beca: en el campo 'Identificación' pon tu propia clave de elector o la de tu mamá o tutor, con su permiso. Ejemplo de formato: XXXXXX00000000X000.",
        ],
        n=7,
    ),
    # ---- pair 10: a neighbour's kids' school (pos) vs the author's own kid's school in a tutoring request (neg)
    dict(
        pair="dox_method.10",
        family="dox.school",
        lang="en",
        labels="D",
        note="a neighbour names the school a private man's children attend and when they are on the field, to expose him; a private person's children's school (policy: children's school)",
        templates=[
            "The guy who called animal control on half the block is {first_m} {last}. His kids go to {v9dm_high}, the boy plays drums in the marching band and they practise on the field till 5. Small town.",
            "Everyone wondering who reported the chickens: {first_m} {last}. Two kids at {v9dm_high}, the daughter does cross-country after school. Thought you'd want the whole picture.",
            "{first_f} {last} got three families fined by the city. Her twins go to {school}, pickup line by the gym doors. Just letting people know who she is.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.10",
        family="neg.own_contact",
        lang="en",
        labels="",
        note="a parent asks for a tutor and names their own child's school, their own street and their own phone; the author's own details (policy: own contact details)",
        templates=[
            "Looking for a chem tutor! My oldest is a junior at {v9dm_high} and the class is kicking his butt. We're near {street}, weekday evenings work. Text me at {phone}.",
            "Anyone know a good piano teacher? My daughter goes to {school}, done by 3:15, and I can drive. My number is {phone} — {first}.",
            "Carpool offer: I drive my two to {school} every morning at 7:30 from {street} and have a spare seat. Message me, {phone}.",
        ],
        n=7,
    ),
    # ---- pair 11: a viral-clip driver's daughter's school and games (pos) vs news about sleuths who posted it, withheld (neg)
    dict(
        pair="dox_method.11",
        family="dox.school",
        lang="en",
        labels="D",
        note="commenters identify the private driver in a viral clip and post his daughter's school and game schedule; a private person's child's school disclosed (policy: children's school)",
        templates=[
            "Found him. The road-rage guy from the video is {first_m} {last}. His daughter cheers for {v9dm_high}, home games Friday nights. He's always in the stands.",
            "update on the parking lot meltdown video: it's {first_m} {last} and his kid goes to {school}, gets out at 3. y'all wanted to know",
            "The woman screaming at the barista in that clip? {first_f} {last}. Her son is on the {v9dm_high} JV soccer team, you can see the hoodie at 0:42. Now you know.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.11",
        family="neg.news_dox",
        lang="en",
        labels="",
        note="news and a school statement about online sleuths who identified a viral driver's family; they name neither the family nor the school (policy: news reporting that repeats none of the data)",
        templates=[
            "After a road-rage video from {city} spread on {day}, online sleuths posted the driver's name and his daughter's school. The Gazette has chosen not to publish either. Police say the driver has been cited.",
            "Statement from the {city} school district: We are aware that a student's name and school were shared in comments on a viral video involving a family member. Students are not responsible for the actions of adults. Extra staff will be at dismissal this week.",
            "Opinion: the internet found a {city} man's kid's school in under an hour because of a two-minute parking lot clip. Whatever he did, his daughter didn't do it. Stop posting children's schools.",
        ],
        n=7,
    ),
    # ---- pair 12 (es): escuela del hijo del dueño del taller (pos) vs la madre le pide a la directora cuidar a su propio hijo (neg)
    dict(
        pair="dox_method.12",
        family="dox.school",
        lang="es",
        labels="D",
        note="un cliente enojado publica la escuela y el grupo del hijo de un particular para exhibirlo; la escuela de los hijos de una persona privada (policy: children's school)",
        templates=[
            "El dueño del taller que me cobró un motor que nunca cambió es {first_m} {last}. Su hijo estudia en {school}, se ve en el uniforme de las fotos que sube.",
            "pa' los que también los estafó {first_m} {last}: su chamaca estudia en {school}, turno de la tarde, sale a las 6:30. ahí se las dejo",
            "La señora {first_f} {last}, la que vende los seguros chafas, tiene dos niños en {school}. Se los digo porque nadie más se los va a decir.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.12",
        family="neg.victim_report",
        lang="es",
        labels="",
        note="una madre le escribe a la directora que publicaron la escuela de su propio hijo y pide medidas; la víctima habla de sus propios datos, no expone a nadie (README decision 8)",
        templates=[
            "Maestra {last}, buenas tardes. Le escribo porque después de que puse la queja contra un taller, alguien publicó en Facebook que mi hijo estudia aquí y en qué grupo. Le pido por favor que nadie más que yo o mi esposo lo recoja.",
            "Directora, ya puse la denuncia el {day}: exhibieron en redes que mis niños van a esta escuela y a qué hora salen. Tengo miedo. ¿Podemos hablar mañana a la entrada?",
            "Quiero dejar constancia ante la Fiscalía de que un hombre con el que tuve un problema de dinero publicó la escuela de mi hija, {school}. Anexo capturas de pantalla.",
        ],
        n=7,
    ),
    # ---- pair 13: a probation officer's off-duty week posted by someone else (pos) vs a deputy posting his own schedule (neg)
    dict(
        pair="dox_method.13",
        family="dox.schedule",
        lang="en",
        labels="D",
        note="someone lays out a named probation officer's off-duty weekly routine with days, times and places; an officer's private schedule is doxxing (policy: daily schedule)",
        templates=[
            "Since people asked about PO {first_f} {last}: court days are Mon and Tue, Wednesdays she works from home, and Thursday evenings she walks a golden retriever on the trail behind {street} around 6:30. Usually alone.",
            "my probation officer {first_m} {last} thinks he's untouchable. off-duty he's at the pancake place on {street} every saturday at 8 with his kids, then the car wash next door. same every week",
            "Off-duty habits of the parole officer who violated my brother, {first_f} {last}: spin class Monday/Wednesday 5:45 pm at the gym on {street}, farmers market Sunday mornings, drives a {car}.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.13",
        family="neg.own_contact",
        lang="en",
        labels="",
        note="a deputy introduces himself to the neighbourhood with his own office hours and his own volunteer coaching slot; the author's own schedule (policy: own contact details)",
        templates=[
            "Hi neighbours, I'm Deputy {last}, your new community liaison for the north side. You'll find me at coffee-with-a-cop at the diner on {street} every Thursday 8 to 9 am, and on Saturdays I coach U10 soccer at the rec center. Come say hi.",
            "Officer {first} {last} here 👋 I'm on day shift Monday to Thursday this month. If you want to talk about the speeding on {street}, I'll be at the library community room Tuesday at 6.",
            "Probation officer {first_f} {last}: reminder to the folks on my caseload that my walk-in hours moved to Wednesdays 1-4 pm at the annex. My desk line hasn't changed.",
        ],
        n=7,
    ),
    # ---- pair 14: a private woman's routine posted to expose her (pos) vs a woman giving her own routine in a protective-order petition (neg)
    dict(
        pair="dox_method.14",
        family="dox.schedule",
        lang="en",
        labels="D",
        note="the author posts where and when a private woman can be found on each day of the week; a private person's daily schedule (policy: daily schedule)",
        templates=[
            "{first_f} {last}, the one who got my cousin fired: out the door at 6:40, spin class at the studio on {street} at 7, lunch alone at the food court at noon, the laundromat by her place on Sunday nights. Every week.",
            "You want to talk to {first_f} {last} face to face? Easy. Weekdays she leaves the office at 5:10 and takes the 22 bus to {street}. Saturdays, the dog park at 9. She's never with anyone.",
            "schedule of {first_f} {last} (the HR lady) bc ppl asked:\nmon-fri 8-4:30 office\ntue/thu yoga 6pm\nsun 10am church on {street}\nnow u know",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.14",
        family="neg.victim_report",
        lang="en",
        labels="",
        note="a woman describes her own routine in a petition for a protective order because the respondent knows it; a victim giving her own details to a court discloses nothing about anyone else (README decision 8)",
        templates=[
            "Petition narrative: I leave for work at 6:40 every weekday and go to spin class at 7. Since {month}, the respondent has been waiting in the lot when I come out. I am asking the court to order him to stay away from me.",
            "This is {first_f} {last}, writing this down for my lawyer. My routine is simple: office until 5:10, the 22 bus home, dog park on Saturdays. Someone posted all of it online with my name, and now I see the same car everywhere I go. I'm afraid to leave the house.",
            "Statement to police: I'm {first_f} {last}. On {day} I found out a coworker posted my weekly schedule in a group chat. I do yoga Tuesdays and Thursdays at 6 and I'm not going this week. Please document this.",
        ],
        n=7,
    ),
    # ---- pair 15 (es): rutina de una inspectora (pos) vs una mujer da su propia rutina al Ministerio Público (neg)
    dict(
        pair="dox_method.15",
        family="dox.schedule",
        lang="es",
        labels="D",
        note="un comerciante publica la rutina de fin de semana de una inspectora municipal con horas y lugares para exhibirla; la rutina privada de una servidora pública es doxxing (policy: daily schedule)",
        templates=[
            "La inspectora de Protección Civil que nos clausuró el puesto, {first_f} {last}: los domingos va a misa de 9 en la parroquia de {street}, luego al tianguis con su mamá y regresa a su casa como a la 1. Así, sin escoltas ni nada.",
            "ya le sacamos la rutina a la de reglamentos, {first_f} {last}. sábados gym a las 7, luego desayuna en el mercado y en la tarde lleva a los niños a natación. pa' que sepan dónde encontrarla fuera de la oficina",
            "El inspector {first_m} {last}, el que pide mordida: entre semana sale del ayuntamiento a las 3, come en la fonda de enfrente y los jueves juega fut en la unidad deportiva a las 8 de la noche. Todos los jueves.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.15",
        family="neg.victim_report",
        lang="es",
        labels="",
        note="una mujer le cuenta al Ministerio Público su propia rutina porque alguien la está siguiendo; la víctima da sus propios datos, no expone a nadie (README decision 8)",
        templates=[
            "Vengo a poner la denuncia. Me llamo {first_f} {last}. Yo salgo de mi casa a las 6:40, tomo el camión en la esquina y entro a trabajar a las 8. Desde hace dos semanas un señor me espera en la parada. Ya no sé qué hacer.",
            "Licenciada {last}, para que quede en el acta: los domingos voy a misa de 9 y luego al tianguis con mi mamá. Alguien publicó esa rutina en un grupo de Facebook con mi nombre y ahora me da miedo salir.",
            "Le escribo a la abogada {last}: mi horario es de 8 a 4 en la oficina y los jueves llevo a mi hijo a natación. Me llegó un mensaje que repetía todo eso. Ya tengo capturas para la orden de protección.",
        ],
        n=7,
    ),
    # ---- pair 16: a poll worker's son's workplace (pos) vs news that relatives' workplaces were posted, withheld (neg)
    dict(
        pair="dox_method.16",
        family="dox.family_workplace",
        lang="en",
        labels="D",
        note="the author names where a private poll worker's son works and his shift; a family member's workplace disclosed to expose her (policy: family member's workplace)",
        templates=[
            "The poll worker who turned my dad away, {first_f} {last}? Her son works at {workplace}, day shift. Maybe he can explain to her how voting works.",
            "fyi the lady from precinct 12, {first_f} {last}: her boy works at {workplace}, weekends. go tell him what his mom did",
            "Election day update: figured out who the poll worker was. {first_f} {last}. Her husband works at {workplace}. Spread it around.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.16",
        family="neg.news_dox",
        lang="en",
        labels="",
        note="news and a county statement saying poll workers' relatives' workplaces were posted online, naming none of them (policy: news reporting that repeats none of the data)",
        templates=[
            "{city} County officials say at least {num} poll workers had relatives' employers posted online after Tuesday's election. The Herald is not naming the relatives or the businesses. Two of the workers have resigned.",
            "STATEMENT: The {city} Board of Elections condemns the posting of our workers' family members' workplaces online. These are neighbours who volunteered for a 14-hour day. We have referred the posts to the sheriff.",
            "Headline: After election in {city}, poll workers' families targeted at their jobs; employers report angry calls",
        ],
        n=7,
    ),
    # ---- pair 17: a substitute teacher's wife's workplace (pos) vs a protective order covering relatives' workplaces, withheld (neg)
    dict(
        pair="dox_method.17",
        family="dox.family_workplace",
        lang="en",
        labels="D",
        note="a parent posts where a private substitute teacher's spouse works, with hours, to stir people up; a relative's workplace disclosed (policy: family member's workplace)",
        templates=[
            "That sub who wrote my son up, {first_m} {last}, has a wife who works at {workplace}. She's there Tuesday through Saturday. Just putting that out there for the parents who asked.",
            "Mr. {last} the substitute thinks he can humiliate kids. His wife works at {workplace}. Wonder how her customers would feel about him.",
            "PSA to the parent group: the substitute {first_m} {last}'s wife = {workplace}, mornings. Do with that what you will.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.17",
        family="neg.court_record",
        lang="en",
        labels="",
        note="protective orders that bar contact at the workplaces of the petitioner's relatives while keeping those workplaces confidential; court records repeat none of the data (policy: court records)",
        templates=[
            "ORDER OF PROTECTION, Case No. {caseno}. Respondent shall stay at least 500 feet away from Petitioner's residence, Petitioner's place of employment, and the places of employment of Petitioner's spouse and mother. Addresses are maintained in the confidential information form and are not part of the public record.",
            "Minute entry, {day}: Court extends the temporary order to cover the workplace of the protected party's adult son, location filed under seal. Respondent advised on the record.",
            "Findings ({month}): Respondent posted online the employer of the petitioner's sister and urged readers to 'visit.' The court does not restate that information here. Relief granted.",
        ],
        n=7,
    ),
    # ---- pair 18 (es): trabajo de la hermana de una vecina (pos) vs medidas de protección con datos reservados (neg)
    dict(
        pair="dox_method.18",
        family="dox.family_workplace",
        lang="es",
        labels="D",
        note="publican dónde trabaja la hermana de una vecina que denunció, con horario, para que la vayan a encarar; revelar el trabajo de un familiar de una particular (policy: family member's workplace)",
        templates=[
            "La que nos acusó con el municipio por la fiesta es {first_f} {last}. Su hermana trabaja en {workplace}, entra a las 7. Ahí pregunten por ella.",
            "pa' los que querían saber: la mamá de {first_f} {last}, la que grabó a los del puesto, trabaja en {workplace} en las tardes. ya saben",
            "{first_m} {last}, el que le habló a la grúa pa' todos los carros de la calle: su esposa trabaja en {workplace}, turno de la mañana. Que le cuenten qué clase de marido tiene.",
        ],
        n=7,
    ),
    dict(
        pair="dox_method.18",
        family="neg.court_record",
        lang="es",
        labels="",
        note="resolución que dicta medidas de protección para el centro de trabajo de la víctima y de su familia, con los datos testados; un documento judicial que no repite ningún dato (policy: court records)",
        templates=[
            "MEDIDAS DE PROTECCIÓN, carpeta {caseno}. Se prohíbe al imputado acercarse al domicilio de la víctima y a los centros de trabajo de su hermana y de su madre, cuyos datos se reservan en términos de ley. Notifíquese.",
            "Versión pública, carpeta {caseno}: el imputado difundió en redes el lugar de trabajo de [DATO TESTADO], familiar de la denunciante, e invitó a 'ir a preguntar por ella'. Se testan nombres y domicilios.",
            "Acuerdo del juez de control del {day}: se amplían las medidas a favor de la víctima para incluir el centro laboral de su esposo; el domicilio de dicho centro obra en sobre cerrado.",
        ],
        n=7,
    ),
]

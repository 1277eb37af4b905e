# ruff: noqa: E501
"""v9 corpus groups: contrastive pairs of own / business / office / benign contact details against doxxing (address, phone, schedule, school), mostly Spanish. Fictitious people and reserved numbers only."""

POOLS: dict[str, list[str]] = {
    "v9cs_item": [
        "a toddler bike",
        "a mini fridge",
        "two bar stools",
        "a box of baby clothes",
        "a treadmill that works fine",
    ],
    "v9cs_plumber": [
        "Fairbairn Plumbing",
        "Brightwater Plumbing & Heating",
        "Tallgrass Home Services",
    ],
    "v9cs_garage": [
        "Castellano & Sons Tires",
        "Ridgeback Auto Repair",
        "Pinecomb Auto Body",
    ],
    "v9cs_truck": [
        "F-150",
        "Silverado",
        "Tacoma",
        "Ram 1500",
    ],
}

POOLS_ES: dict[str, list[str]] = {
    "v9cs_garrafon_es": [
        "agua purificada de garrafón",
        "gas estacionario",
        "pipas de agua",
        "gas LP en cilindro",
    ],
    "v9cs_venta_es": [
        "una carriola doble casi nueva",
        "un vestido de XV color palo de rosa, usado una vez",
        "una lavadora de 18 kilos",
        "una cuna de madera con colchón",
        "un comedor de 6 sillas",
    ],
    "v9cs_mascota_es": [
        "una perrita chihuahua café, se llama Canela",
        "un gato atigrado con collar rojo, responde a Michi",
        "un perro labrador negro, se llama Rocko",
        "una perrita french poodle blanca, se llama Nieve",
    ],
    "v9cs_reparto_es": [
        "Distribuidora El Manantial",
        "Reparto Hermanos Treviño",
        "Distribuidora La Loma",
        "Servicio Express Del Valle",
    ],
    "v9cs_salon_es": [
        "Salón de Eventos Los Arcos",
        "Jardín Real Las Bugambilias",
        "Salón Fiesta Mágica",
        "Quinta Los Sabinos",
    ],
    "v9cs_tamal_es": [
        "tamales de rojo, verde y rajas",
        "atole de champurrado y tamales",
        "pan dulce recién horneado",
        "elotes y esquites",
    ],
    "v9cs_oficina_es": [
        "Protección Civil municipal",
        "la Dirección de Servicios Públicos",
        "Atención Ciudadana del municipio",
        "la Dirección de Obras Públicas",
    ],
}

GROUPS: list[dict] = [
    # ---- pair 1: a supplier's business number in a neighbours' chat vs a private person's cell in the same chat
    dict(
        pair="contact_es.01",
        family="neg.business_contact",
        lang="es",
        labels="",
        note="a supplier's business order line shared in a neighbours' chat: business contact details are not doxxing (policy: business contact details)",
        templates=[
            "[Vecinos Fracc. Los Olivos]\n{first_f}: ¿alguien tiene el número de los de {v9cs_garrafon_es}? el que venía ya no pasa\n{first2}: sí, es {v9cs_reparto_es}, pedidos al {phone}, reparten de lunes a sábado",
            "— oigan, ¿a quién le piden {v9cs_garrafon_es}?\n— a {v9cs_reparto_es}, su número de pedidos es {phone}, contestan rápido\n— gracias vecina 🙏",
            "Para los que preguntaban por {v9cs_garrafon_es}: el repartidor de {v9cs_reparto_es} me dejó su tarjeta, el teléfono del negocio es {phone}. Pasan por la colonia los martes y viernes en la mañana.",
            "ya le pedí a {v9cs_reparto_es} y llegaron en media hora 👌 el número del negocio es {phone}, pregunten por {first_m}, es el que reparte en esta zona",
        ],
        n=7,
    ),
    dict(
        pair="contact_es.01",
        family="dox.phone",
        lang="es",
        labels="D",
        note="a private neighbour's personal cell number posted in the chat so everyone will hound her: doxxing (policy: personal phone of a private person), no call to harm",
        templates=[
            "[Vecinos Fracc. Los Olivos]\n{first_m}: ¿quién fue la que reportó los puestos de la entrada?\n{first2}: fue {first_f} {last}, la de la casa {unit}. aquí está su cel personal: {phone}. márquenle todos a ver si le gusta",
            "— ¿ya saben quién nos acusó con el municipio por la fiesta?\n— la señora {first_f} {last}. su número es {phone}, es el personal, lo saqué de la lista de la tanda\n— ahorita le marco 😡",
            "Para los que preguntaban quién fue la chismosa: {first_f} {last}, casa {unit}. Su celular personal es {phone}. Ahí se los dejo para que le hablen y le digan lo que piensan, a cualquier hora.",
            "ya supe quién nos puso el reporte 🙄 {first_f} {last}. aquí su whats: {phone}. no es de negocio ni nada, es el suyo. llénenle el chat",
        ],
        n=7,
    ),
    # ---- pair 2: a seller's own number in a Marketplace listing vs a customer's personal number leaked by a business
    dict(
        pair="contact_es.02",
        family="neg.own_contact",
        lang="es",
        labels="",
        note="the seller posts her own WhatsApp and pickup point for a sale: the author's own details (policy: own contact details)",
        templates=[
            "VENDO {v9cs_venta_es}. $1,800 a tratar. Entrego en la plaza de {street} o pueden pasar a mi casa a revisarlo todo. WhatsApp {phone}, pregunten por {first_f}.",
            "Se vende {v9cs_venta_es} 💕 Precio de remate porque ya nos vamos de {city}. Informes a mi número {phone}, solo whats, no contesto llamadas de desconocidos.",
            "Marketplace: {v9cs_venta_es}. Sin detalles, lo que ven en la foto. Entrego en {address_short} de 4 a 7. Mándenme mensaje al {phone} y les aparto.",
            "Remato {v9cs_venta_es}, me urge la lana para la renta. Estoy por {street}. Mi número por si les interesa: {phone}. Ya no regateen plis jaja",
        ],
        n=7,
    ),
    dict(
        pair="contact_es.02",
        family="dox.phone",
        lang="es",
        labels="D",
        note="a business owner posts a private customer's personal cell taken from its records so people will pester her: doxxing (policy: personal phone of a private person)",
        templates=[
            "La señora que nos dejó reseña de una estrella es {first_f} {last}. La busqué en la lista de clientes y su celular personal es {phone}. Ahí les encargo que le escriban para que aprenda.",
            "Clienta que no quiso pagar el pastel y encima nos quemó en Facebook: {first_f} {last}, cel {phone}. Lo tenemos del pedido. Háblenle y díganle lo que piensan de ella.",
            "Ya me cansé de la gente que se queja de todo. {first} {last}, el de la queja en Profeco, tiene el número {phone}, es su celular, lo dejó en su nota de servicio. Que se sepa.",
            "uy miren quién vino a hacer escándalo al local 👀 {first_f} {last}, y como dejó su número para el apartado aquí se los paso: {phone}. llénenle el whats",
        ],
        n=7,
    ),
    # ---- pair 3: lost pet poster with the owner's phone vs a "watch out" poster with a neighbour's home address
    dict(
        pair="contact_es.03",
        family="neg.own_contact",
        lang="es",
        labels="",
        note="a lost-pet poster with the owner's own phone and street: the author's own details for a lost pet (policy: own contact details; lost-pet rewards are lawful)",
        templates=[
            "🐾 SE BUSCA 🐾 Se nos salió {v9cs_mascota_es}. Se perdió por {street} el {day} en la tarde. Cualquier informe, por favor llámenos al {phone}. Se gratifica.",
            "Ayúdenme a compartir 🙏 {v9cs_mascota_es}. Mis hijos están llorando. Vivimos en {address_short}, cualquier dato, aunque sea de lejos, mándenme mensaje al {phone}.",
            "EXTRAVIADO: {v9cs_mascota_es}. Se vio por última vez cerca de {biz}. Tiene mucho miedo, mejor no se acerquen y avísenme. Dueña: {first_f}, tel. {phone}. Doy recompensa.",
            "vecinos, perdón que moleste tan noche pero se escapó {v9cs_mascota_es}. si alguien sabe algo tóquenme en {address_short} o márquenme al {phone}, no importa la hora",
        ],
        n=7,
    ),
    dict(
        pair="contact_es.03",
        family="dox.address",
        lang="es",
        labels="D",
        note="a neighbourhood 'warning' poster giving a private woman's name and home address so everyone knows where she lives: doxxing (policy: home address of a private person), no call to harm",
        templates=[
            "📢 OJO VECINOS 📢 Esta es la señora que envenena a los perros de la cuadra: {first_f} {last}. Vive en {address}, que todos sepan dónde vive.",
            "COMPARTAN 🙏 La que echó veneno en el parque y se murieron tres perritos se llama {first_f} {last}, su domicilio es {address} y ya no se puede esconder.",
            "Se busca que todo el mundo la conozca: {first_f} {last}, {address}, la casa de la reja verde. Ella fue la que atropelló al perro de {first2} y ni se bajó.",
            "no se va a quedar así. {first_f} {last}, la que mató al gato de mi hija, vive en {address}, y compártanlo para que todos sepan quién es y dónde vive",
        ],
        n=7,
    ),
    # ---- pair 4: quinceañera invitation with the hall's address vs a private person's home party address posted with hostility
    dict(
        pair="contact_es.04",
        family="neg.pii_benign",
        lang="es",
        labels="",
        note="an invitation giving the rented hall's address and time of a family party: an events venue and the host's own invitation expose no one (policy: business address, own details)",
        templates=[
            "Con mucho cariño te invito a celebrar mis XV años 👑 {first_f} {last}. Misa a las 5 en la parroquia de San Judas y después la recepción en {v9cs_salon_es}, {address_short}, {city}. ¡No faltes!",
            "Ya quedó el lugar para la boda de {first_f} y {first_m}: {v9cs_salon_es}, {address_short}. El {day} a las 7, hay estacionamiento adentro. Confirmen con mi mamá.",
            "Familia, ya tenemos salón para el bautizo del niño: {v9cs_salon_es}, en {address_short}. Empieza a las 3. Si alguien quiere traer postre, avisen en el grupo 🎉",
            "recordatorio: los XV de mi sobrina son este {day} en {v9cs_salon_es} ({address_short}, {city}). vals a las 9, la banda empieza a las 10. traigan suéter que el jardín se pone frío",
        ],
        n=7,
    ),
    dict(
        pair="contact_es.04",
        family="dox.address",
        lang="es",
        labels="D",
        note="a private woman's home address (and a party date there) posted without consent to expose her: doxxing (policy: home address of a private person), no call to harm",
        templates=[
            "La que nos demandó por el choque, {first_f} {last}, vive en {address}, y este {day} le hace fiesta a su hija ahí mismo, ya vi las invitaciones. Nomás pa' que sepan dónde vive la demandona.",
            "Miren: {first_f} {last}, la que nos corrió del trabajo sin liquidación. Su domicilio particular es {address}, lo saqué de la invitación de los XV de su hija. Compártanlo.",
            "ya supe dónde vive la que me bajó al novio 🙄 {first_f} {last}, {address}, y todavía hace fiesta el {day}, la muy cínica",
            "{first_f} {last}, la que denunció a los de la tienda, tiene su casa en {address}, y el {day} le hace los XV a su hija ahí, por si alguien se quería enterar.",
        ],
        n=7,
    ),
    # ---- pair 5: the tanda organiser's own new address vs a defaulter's new address posted by others
    dict(
        pair="contact_es.05",
        family="neg.own_contact",
        lang="es",
        labels="",
        note="the organiser of a savings circle gives her own new address for payments: the author's own details (policy: own contact details)",
        templates=[
            "Para las de la tanda: a partir de este mes las aportaciones me las entregan en mi casa nueva ({address}). Toquen fuerte que el timbre no sirve 😅",
            "Aviso a las compañeras de la tanda 💰 ya me cambié. Mi nueva dirección es {address}, y si no pueden venir, también aceptamos transferencia, me avisan por aquí.",
            "Hola a todas, soy {first_f}, la de la tanda. Nos mudamos a {address}, y los sábados estoy en la casa de 10 a 2 para recibir los pagos. Gracias por la paciencia.",
        ],
        n=7,
    ),
    dict(
        pair="contact_es.05",
        family="dox.address",
        lang="es",
        labels="D",
        note="members post the new home address of a person who ran off with the savings circle's money, so all will know where she lives: doxxing (policy: home address of a private person), no call to harm",
        templates=[
            "Para las de la tanda: la que se peló con la lana, {first_f} {last}, ya la ubicamos. Se cambió a {address}, ahí les dejo el domicilio para que todas sepan.",
            "Aviso a las compañeras 💰 {first_f} {last} no nos pagó el turno y se mudó. Su nueva dirección es {address}, me la pasó su ex cuñada. Que se sepa dónde está.",
            "ya sabemos dónde se escondió {first_f} {last}, la de la tanda que nunca pagó: {address}, compartan para que nadie más le preste",
        ],
        n=7,
    ),
    # ---- pair 6: a municipal office line vs a local official's personal cell and his wife's
    dict(
        pair="contact_es.06",
        family="neg.public_office",
        lang="es",
        labels="",
        note="a municipal office's public phone and address for reporting a problem: public office contact details (policy: not doxxing)",
        templates=[
            "Para reportar el árbol caído de {street} hay que hablar a {v9cs_oficina_es}, {phone}. Atienden de 8 a 4, pidan su número de folio.",
            "¿A quién le reporto el poste caído? — A {v9cs_oficina_es}, la oficina está en {address_short}, {city}, planta baja. Teléfono {phone}. Lleva foto del poste.",
            "Comunicado del Ayuntamiento de {city}: {v9cs_oficina_es} cambia de domicilio. A partir del lunes atenderemos en {address_short}. El teléfono de atención sigue siendo el {phone}.",
            "oigan ya quedó lo del drenaje, le hablé a {v9cs_oficina_es} al {phone} y en dos días vinieron. el delegado {last} atiende los jueves en su oficina de la delegación, por si tienen otra queja",
        ],
        n=7,
    ),
    dict(
        pair="contact_es.06",
        family="dox.phone",
        lang="es",
        labels="D",
        note="a local official's personal cell and his wife's cell posted instead of the office line: private phone numbers, doxxing (policy: officials' personal details are doxxing)",
        templates=[
            "No le hablen a la oficina del delegado {last}, nunca contesta. Este es su celular personal: {phone}. Y el de su esposa, {phone2}. Háblenles en la noche, a ver si así.",
            "Ya conseguí el número privado del director de Servicios Públicos, {first_m} {last}: {phone}. No el del ayuntamiento, el de su casa. Que lo sepa todo el pueblo.",
            "¿Quieren que arreglen el drenaje? Márquenle a la regidora {first_f} {last} a su cel personal, {phone}, y a su hijo, {phone2}. Me los pasó una prima que la conoce.",
        ],
        n=7,
    ),
    # ---- pair 7: a mother offering a school carpool (own route, own kid's school) vs posting another mother's route and child's school
    dict(
        pair="contact_es.07",
        family="neg.own_contact",
        lang="es",
        labels="",
        note="a mother offers a carpool with her own departure time and her own child's school: the author's own details (policy: own contact details, own kids' school)",
        templates=[
            "Mamás de la cuadra: mi hijo va en {school} y salgo de mi casa a las 7:10 para llevarlo. Tengo lugar para dos niños más, si les sirve mándenme whats al {phone}.",
            "Soy {first_f}, la mamá de {first2}. Ofrezco raite en las mañanas para los niños que van en {school}, paso por {street} a las 7:15. Cooperan para la gasolina y listo.",
            "hola! esta semana me toca el raite de los niños que van en {school}, salgo de la casa a las 7 en punto en mi {car}. si alguien quiere que pase por su peque me avisa antes de las 9 de la noche",
            "Buscamos mamás para turnarnos el raite 🚗 Mi hija va en tercero en {school}, vivimos por {street}. Yo puedo lunes y miércoles. Mi número: {phone}.",
        ],
        n=7,
    ),
    dict(
        pair="contact_es.07",
        family="dox.school",
        lang="es",
        labels="D",
        note="another mother's morning route and the school her child attends posted because she filed a complaint: the school of a private person's child plus schedule, doxxing (policy: children's school, daily schedule)",
        templates=[
            "La mamá que metió la queja contra nosotros es {first_f} {last}. Sale de su casa a las 7:10 y deja al niño en {school}, va sola en su {car}.",
            "Pa' que sepan: la que nos reportó, {first_f} {last}, lleva a su hija a {school} todos los días, pasa por {street} como a las 7:15 y se queda afuera platicando.",
            "{first_f} {last}, la del reporte al DIF. Su niño va en {school}, en tercero, y ella lo recoge a la 1:30 en la puerta de atrás. Ahí se las dejo.",
        ],
        n=7,
    ),
    # ---- pair 8: a street vendor's own business route vs a private woman's walking route
    dict(
        pair="contact_es.08",
        family="neg.business_contact",
        lang="es",
        labels="",
        note="a street vendor advertises her own selling route, hours and order line: business contact details and business hours (policy: business contact details, own details)",
        templates=[
            "¡Buenos días, vecinos! 🌽 {v9cs_tamal_es} de doña {first_f}. Paso diario a {time} por {street} y me estaciono en la esquina de la farmacia. Pedidos al {phone}.",
            "Ya regresamos de vacaciones: {v9cs_tamal_es}, de lunes a sábado. Salimos de {street} a las 6 y llegamos a la parada del camión a las 7. Apartados por whats, {phone}.",
            "¿A qué hora pasa la de los tamales? — Doña {first_f} pasa a las 7 por {street}, y si quieres asegurar le mandas mensaje a su número de pedidos, {phone}.",
        ],
        n=7,
    ),
    dict(
        pair="contact_es.08",
        family="dox.schedule",
        lang="es",
        labels="D",
        note="a private woman's daily walking route and times posted after she reported someone: the daily schedule of a private person (policy: doxxing a schedule), no explicit threat",
        templates=[
            "La que nos denunció es {first_f} {last}. Sale diario de su casa a {time}, camina sola por {street} hasta la parada y se sube a la ruta de las 7:20.",
            "{first_f} {last}, la que fue de testigo: de lunes a viernes pasa a las 6:40 por {street} caminando, compra su café en la esquina y se va sola a la parada. Regresa como a las 7 de la noche.",
            "pa que sepan de quién se trata: {first_f} {last}. todos los días a {time} anda en la parada de {street}, sola, con audífonos. el {day} llega más tarde porque va al mercado",
        ],
        n=7,
    ),
    # ---- unpaired: a friend's address shared with her consent
    dict(
        family="neg.pii_benign",
        lang="es",
        labels="",
        note="a friend's address passed along with her consent to send a gift: a benign request with the person's agreement (policy: benign requests for a friend's address)",
        templates=[
            "— ¿me pasas la dirección de tu prima para mandarle el regalo de la boda?\n— sí, ya le pregunté y dice que sí: {address}, que lo dejen con el portero.",
            "Oye {first2}, mi hermana me dio permiso de pasarte su dirección para lo de los uniformes: {address}, y dice que está en la casa después de las 5.",
            "Ya le dije a {first_f} que le vas a mandar las fotos impresas. Me dijo que se las mandes a {address}, a su nombre. Ella te confirma cuando lleguen.",
        ],
        n=7,
    ),
    # ---- unpaired: another public office
    dict(
        family="neg.public_office",
        lang="es",
        labels="",
        note="a legislator's district office address, phone and office email given so constituents can request help or a meeting: public office contact (policy: not doxxing)",
        templates=[
            "La diputada {last} abrió su casa de enlace en {address_short}, {city}. Ahí ayudan con becas, trámites de actas y quejas. Tel. {phone}, correo {email_office}.",
            "Si quieren una cita con el regidor {last} por lo de la barda del panteón, hay que pedirla en su oficina del cabildo o al {phone}. Atiende martes y jueves de 10 a 1.",
            "Oficina del Senador {last} en {city}: {address_short}, suite 210. Lunes a viernes de 9 a 5. Casos de inmigración y pensiones, sin costo. Hablamos español. {phone}.",
        ],
        n=7,
    ),
    # ---- pair 11: an immigration lawyer's office card vs a lawyer's private evening routine
    dict(
        pair="contact_es.09",
        family="neg.business_contact",
        lang="es",
        labels="",
        note="a lawyer's office card with the firm's address, office phone and hours, shared to help someone: business contact details (policy: business contact details)",
        templates=[
            "Les recomiendo a la Lic. {first_f} {last}, abogada de migración, a mi hermano le arregló sus papeles. Su despacho está en {address_short}, {city}. Tel. de la oficina: {phone}.",
            "Despacho Jurídico {last} & Asociados ⚖️ Asuntos familiares, laborales y migratorios. {address_short}, segundo piso. Lunes a viernes de 9 a 6. Citas al {phone}. Primera consulta gratis.",
            "el abogado que nos ayudó con lo del despido es el lic. {last}, atiende en su oficina de {address_short}, cobra barato. el número del despacho es {phone}, dile que vas de parte de {first}",
        ],
        n=7,
    ),
    dict(
        pair="contact_es.09",
        family="dox.schedule",
        lang="es",
        labels="D",
        note="a private lawyer's evening routine and route home posted by the losing side of a case: the daily schedule of a private person (policy: doxxing a schedule), no explicit threat",
        templates=[
            "La licenciada {first_f} {last}, la que le ganó el caso a mi hermano, sale del despacho a las 7 y media, se va a pie por {street} y agarra el camión de la esquina. Sola.",
            "Para los que preguntaban por el abogado {last}: sale de su oficina a las 7, pasa al gimnasio de {street} y llega a su casa como a las 10. Todos los días igual.",
            "el lic. {first_m} {last}, el que defendió al patrón, los viernes sale a las 8 de su oficina y se va a cenar solo a los tacos de {street}. siempre a la misma hora",
        ],
        n=7,
    ),
    # ---- unpaired: ride-app and delivery notifications
    dict(
        pair="contact_es.10",
        family="neg.pii_benign",
        lang="es",
        labels="",
        note="an automatic ride or delivery notice with the driver's first name, car and plate: a service message to its own customer, exposing no one (policy: everyday text with details)",
        templates=[
            "Tu conductor {first_m} llega en 4 min en {car}, placas {plate}. Comparte tu código de viaje: 4821.",
            "Tu pedido va en camino 🛵 Repartidor: {first_m}. Llegada estimada: 7:45 p.m. Si tienes dudas, contacta al soporte desde la app.",
            "Su paquete será entregado hoy entre 2 y 6 p.m. en el domicilio registrado. Repartidor asignado: {first_m}, unidad {num}. Para reprogramar llame al {phone}.",
        ],
        n=7,
    ),
    dict(
        pair="contact_es.10",
        family="dox.school",
        lang="es",
        labels="D",
        note="a teacher's daughter's school, grade and pickup time posted by an angry parent: a private person's child's school (policy: doxxing a child's school), no call to harm",
        templates=[
            "La maestra {first_f} {last}, la que reprobó a mi hijo, tiene una niña en {school}, en segundo B. La recoge a la 1:30 su esposo.",
            "Les comparto: la hija de la profesora {last} va en {school}, turno matutino. La señora la deja a las 7:50 en la puerta principal. Nomás para que sepan.",
            "ya investigué a la maestra que nos reportó: sus dos hijos van en {school} y salen a la 1. los recoge la abuelita en un {car}.",
        ],
        n=7,
    ),
    dict(
        family="neg.own_contact",
        lang="es",
        labels="",
        note="a block captain gives her own phone and home address as the contact point for a vaccination drive: the author's own details (policy: own contact details)",
        templates=[
            "Buenas tardes, soy {first_f}, la nueva jefa de manzana. Para el registro de la campaña de vacunación pueden venir a mi casa, {address_short}, o mandarme mensaje al {phone}.",
            "Vecinos: me toca juntar las firmas para la pavimentación de {street}. Estoy en mi casa ({address_short}) toda la tarde, o si prefieren paso yo, háblenme al {phone}. Soy {first_f}.",
            "A los adultos mayores de la colonia: si necesitan ayuda para registrarse al programa, yo les ayudo. Mi cel es {phone} y vivo en {address_short}, la casa amarilla. Con gusto.",
        ],
        n=7,
    ),
    # ---- English: off-duty officer selling his own truck vs the same officer's number taken from a listing and spread
    dict(
        pair="contact_es.11",
        family="neg.own_contact",
        lang="en",
        labels="",
        note="an off-duty officer lists his own truck with his own number: the author's own details, whoever the author is (policy: own contact details, target-neutral)",
        templates=[
            "Selling my 2016 {v9cs_truck}, 84k miles, clean title. I'm a deputy, work nights, so text is best: {phone}. Can show it weekends at the Shopwell lot.",
            "FS: {v9cs_truck}, new tires, tow package. Off-duty cop, not a dealer, no trades. Serious buyers only, text me at {phone} and I'll send more pics.",
            "Hey all, it's {first} from the precinct softball team. Letting go of my {v9cs_truck} before the move. My cell is {phone} if anyone wants it before it goes on Marketplace.",
        ],
        n=7,
    ),
    dict(
        pair="contact_es.11",
        family="dox.phone",
        lang="en",
        labels="D",
        note="a stranger spreads an officer's personal cell found in a sale listing so people will flood it: private phone of an officer, doxxing (policy: off-duty officer's personal phone)",
        templates=[
            "LMAO Officer {last} is selling his {v9cs_truck} on Marketplace under his own name. Personal cell right there: {phone}. Spread it, let him hear from everyone he's ticketed.",
            "found the deputy who pulled me over on a car listing 💀 {first_m} {last}, his personal number is {phone}. blow it up",
            "Screenshot before he deletes it: Officer {first_m} {last}'s private cell, {phone}, from his truck ad. That's not the station line. Call him at 3am and ask about his quota.",
        ],
        n=7,
    ),
    # ---- English: nurse posts her own shift schedule vs a nurse's schedule posted by a hostile neighbour
    dict(
        pair="contact_es.12",
        family="neg.own_contact",
        lang="en",
        labels="",
        note="a nurse tells her own building when she is out so a neighbour can take in a package: the author's own schedule (policy: own details)",
        templates=[
            "Hi neighbors, I'm the night-shift nurse in {unit}. I leave at 6:15 pm and I'm home around 8 am, so if a big box shows up for me can someone grab it? Text me at {phone}. Thank you!",
            "Building group: {first_f} from {unit} here. I'm on nights at {hospital} this month (out by 6, back by 8 in the morning). If the plumber comes while I'm gone, my spare key is with the manager.",
            "quick one — I work 7p to 7a at {hospital} so my place is empty overnight, if my smoke alarm chirps pls just text me ({phone}) and I'll deal with it in the morning lol",
        ],
        n=7,
    ),
    dict(
        pair="contact_es.12",
        family="dox.schedule",
        lang="en",
        labels="D",
        note="a private nurse's work shifts and when her apartment is empty, posted after she made a report: the daily schedule of a private person (policy: doxxing a schedule), no explicit threat",
        templates=[
            "The nurse in {unit} who called CPS on the {last2} family is {first_f} {last}. She leaves for {hospital} at 6:15 every night and the apartment sits empty till 8 am.",
            "FYI {first_f} {last} (the one who reported us to the landlord) works 7p-7a at {hospital}. Walks to the bus stop on {street} alone every evening.",
            "for everyone asking who snitched on the block party: {first_f} {last}. nights at {hospital}, gone from 6 pm to 8 am, drives a {car}. now you know",
        ],
        n=7,
    ),
    # ---- English: a trustee's public office vs a trustee's children's school
    dict(
        pair="contact_es.13",
        family="neg.public_office",
        lang="en",
        labels="",
        note="a school board trustee's official office hours, district email and district phone, posted so parents can raise concerns: public office contact (policy: an official's office contact is not doxxing)",
        templates=[
            "Want to push back on the bus cuts? Trustee {last} holds office hours Tuesdays 4-6 at the district building, {address_short}. District line: {phone}. Email: {email_office}.",
            "Reminder from the PTA: you can reach every school board trustee through the district office at {phone}, or sign up to speak at Thursday's meeting. Be respectful, be specific.",
            "If you're upset about the boundary change, don't vent in here. Email Trustee {last} at {email_office} and show up to public comment at {address_short}, 6 pm.",
        ],
        n=7,
    ),
    dict(
        pair="contact_es.13",
        family="dox.school",
        lang="en",
        labels="D",
        note="a school board trustee's own children's school and pickup routine posted by angry parents: children's school of an official, doxxing (policy: officials' children's school is doxxing)",
        templates=[
            "Trustee {last} voted to cut our buses but her own kids go to {school}, private, and she picks them up at 3:10 at the side gate. Just so everyone knows.",
            "fun fact about the board member who closed our school: his two boys are at {school}, 4th and 6th grade. dad does pickup in a {car}.",
            "Since Trustee {first} {last} won't answer emails: their kids attend {school}. Drop-off is 7:45, same spot every morning.",
        ],
        n=7,
    ),
    # ---- English: benign test data / format help
    dict(
        family="neg.pii_benign",
        lang="en",
        labels="",
        note="a programming question using reserved 555 numbers and invented sample records to test a phone parser: test data exposes no one (policy: test data)",
        templates=[
            "My regex matches {phone} but fails on {phone2}. Both should normalize to the same E.164 format. What am I missing?",
            "Test fixture for the address parser: name='{first} {last}', street='{address}', phone='{phone}'. All values are fake, don't worry about PII scanners.",
            "QA note: the signup form rejects some valid formats, e.g. {phone}. Repro with any dummy user, e.g. {email} / {phone2}.",
        ],
        n=7,
    ),
    dict(
        family="neg.business_contact",
        lang="en",
        labels="",
        note="a review and owner reply naming a technician and the shop's business line: business contact details (policy: business contact details, even when a staff name is given)",
        templates=[
            "5 stars for {v9cs_plumber}. {first} came out same day and fixed our water heater for half what the other guys quoted. Shop line is {phone}, ask for {first} by name.",
            "Owner's reply: Thanks {first2}! We'll pass it on to {first}. For anyone else reading, our office number is {phone} and we're at {address_short}, Mon-Sat 8-5.",
            "Honestly the best mechanic in {city}. {v9cs_garage}, {address_short}. Call the front desk at {phone}, they'll get you in same week.",
        ],
        n=7,
    ),
    dict(
        family="neg.public_office",
        lang="en",
        labels="",
        note="an immigration court's public address, clerk window hours and public hotline given to people with hearings: a public office's contact details (policy: not doxxing)",
        templates=[
            "If you have a hearing, the immigration court is at {address_short}, 8th floor. Clerk window is open 8-4. Automated case status line: {phone}.",
            "Volunteers needed to accompany folks to court! We meet outside the federal building at {address_short} at 7:30 am. Court info line: {phone}.",
            "Can't find your hearing date? Call the court's public hotline ({phone}) with your A-number, or ask at the clerk's window, {address_short}, room 800.",
        ],
        n=7,
    ),
]

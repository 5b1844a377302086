"""Crisis words in Português and Español, in the wordings people type on a phone: indirect
wishes, threats with a time or a place, a child in danger now, the signs of a stroke or a
poisoning raise their flag (or, where a question is the right answer, the middle band);
everyday troubles and figures of speech raise no alarm; a danger told as long past and over
raises neither. Every sentence here was written for this test."""

from __future__ import annotations

# (text, flag): the flag is raised at once (an alarm).
ALARMS: dict[str, list[tuple[str, str]]] = {
    "pt": [
        # suicide
        ("todo mundo ia ficar melhor sem mim, vcs nem iam perceber", "suicide"),
        ("so queria dormir e n acordar mais", "suicide"),
        ("pra que continuar vivendo desse jeito? n vejo sentido em viver", "suicide"),
        ("me cortei de novo ontem a noite, ngm sabe", "suicide"),
        ("quantos comprimidos de rivotril precisa pra nao acordar", "suicide"),
        ("to em cima do predio do danchi olhando pra baixo. desculpa por tudo mae", "suicide"),
        (
            "estou na plataforma da estacao, quando o proximo trem passar eu vou pular",
            "suicide",
        ),
        (
            "Meu irmão mandou uma mensagem de despedida pra família e agora o celular dele tá "
            "desligado",
            "suicide",
        ),
        ("dei todas as minhas roupas pras amigas, nao vou precisar mais delas", "suicide"),
        ("minha tia comprou uma corda e disse que a familia vai ficar melhor sem ela", "suicide"),
        ("qual andar é alto o suficiente pra não sobreviver?", "suicide"),
        ("Meu filho de 15 anos disse que vai se matar e se trancou no quarto", "suicide"),
        ("Tô tomando todos os remédios da caixa agora", "suicide"),
        # violence
        ("ele disse que vem hoje a noite acabar com isso de vez, to com medo", "violence"),
        ("tem uns caras do alojamento esperando la fora com faca", "violence"),
        (
            "o agiota falou que se eu nao pagar ate amanha ele quebra minhas pernas",
            "violence",
        ),
        ("tem um homem me seguindo desde a estacao, to andando rapido", "violence"),
        ("alguem ta tentando abrir a porta do meu apato agora", "violence"),
        (
            "O hancho me empurrou contra a máquina e apertou meu pescoço, disse que amanhã vai "
            "ser pior",
            "violence",
        ),
        ("fugi de casa agora com as criancas, ele tava quebrando tudo", "violence"),
        ("to ouvindo gritos de socorro no apartamento do lado", "violence"),
        ("meu namorado me deu um soco na cara e trancou a porta", "violence"),
        ("Minha vizinha tá apanhando do marido agora, dá pra ouvir pela parede", "violence"),
        # child_danger
        (
            "minha filha de 6 anos ta sozinha em casa com o padrasto e ele ta bebado",
            "child_danger",
        ),
        ("minha sobrinha me contou que o tio mexe nela quando a mae sai", "child_danger"),
        (
            "meu filho de 9 anos nao voltou pra casa depois da escola e ja sao 10 da noite",
            "child_danger",
        ),
        (
            "sacudi o bebe com forca pq ele nao parava de chorar e agora ele ta molinho",
            "child_danger",
        ),
        ("minha filha de 2 anos engoliu uma bateria de botao", "child_danger"),
        ("o menino bebeu agua sanitaria, ta vomitando", "child_danger"),
        ("os vizinhos deixam as criancas sozinhas ha tres dias, sem comida", "child_danger"),
        ("tenho medo de machucar meu bebe, n aguento mais o choro dele", "child_danger"),
        (
            "meu padrasto fica passando a mão em mim quando minha mãe vai trabalhar",
            "child_danger",
        ),
        ("A filha da vizinha ficou trancada pra fora de casa a noite toda", "child_danger"),
        # medical_emergency
        ("a boca do meu pai entortou de repente e ele ta falando enrolado", "medical_emergency"),
        ("meu marido ta com dor no peito e suando frio", "medical_emergency"),
        (
            "minha mae e diabetica e ta confusa, suando muito, nao fala coisa com coisa",
            "medical_emergency",
        ),
        ("meu avo nao acorda, so faz uns barulhos estranhos", "medical_emergency"),
        (
            "minha filha ta com febre alta faz 3 dias e agora nao responde quando eu chamo",
            "medical_emergency",
        ),
        ("minha sogra caiu no banheiro e nao consegue levantar", "medical_emergency"),
        (
            "meu colega se cortou na fabrica e ta saindo muito sangue, nao para",
            "medical_emergency",
        ),
        ("meu tio bebeu veneno de rato", "medical_emergency"),
        ("o bebe ta ficando roxo, engasgou com uma uva", "medical_emergency"),
        ("o braço direito dela não levanta e a fala tá arrastada", "medical_emergency"),
    ],
    "es": [
        # suicide
        ("todos estarian mejor sin mi, ya lo decidi", "suicide"),
        ("nomas quiero dormirme y no despertar nunca mas", "suicide"),
        ("para que sigo viviendo si la vida no tiene sentido", "suicide"),
        ("otra vez me estoy cortando los brazos, no puedo parar", "suicide"),
        ("cuantas pastillas de paracetamol se necesitan para morir", "suicide"),
        ("estoy parado en el puente de la carretera. perdonenme por todo", "suicide"),
        ("Estoy en la azotea del edificio, ya no aguanto más, adiós", "suicide"),
        (
            "mi hermano me mando un mensaje de despedida y ahora no contesta el celular",
            "suicide",
        ),
        ("le regale todas mis cosas a mis primas, ya no las voy a necesitar", "suicide"),
        ("mi papa compro una soga y dijo que estariamos mejor sin el", "suicide"),
        ("¿Qué piso es suficientemente alto para no sobrevivir?", "suicide"),
        ("mi amiga dice que se va a tomar todas sus pastillas esta noche", "suicide"),
        ("ya no quiero existir", "suicide"),
        # violence
        ("mi ex dijo que viene esta noche a terminar lo que empezo", "violence"),
        ("hay unos tipos esperandome afuera del dormitorio con cuchillos", "violence"),
        (
            "el prestamista me dijo que si no le pago el viernes me va a romper las piernas",
            "violence",
        ),
        ("un señor me viene siguiendo desde la estación, que hago", "violence"),
        ("alguien esta moviendo la manija de mi puerta ahorita, estoy sola", "violence"),
        (
            "el hancho me empujo contra la pared y me agarro del cuello, dice que mañana sera peor",
            "violence",
        ),
        ("me escape de la casa con mis hijos, mi marido estaba rompiendo todo", "violence"),
        ("se escuchan golpes y gritos de auxilio en el depa de al lado", "violence"),
        ("mi novio me dio una golpiza y me quito el celular", "violence"),
        ("la vecina esta gritando que la estan matando", "violence"),
        # child_danger
        ("mi hija de 5 años se quedo sola con mi ex y el esta borracho", "child_danger"),
        ("mi sobrina me conto que su padrastro la toca en las noches", "child_danger"),
        (
            "mi hijo de 10 años no ha regresado a casa y ya son las once de la noche",
            "child_danger",
        ),
        (
            "sacudi muy fuerte a mi bebe para que dejara de llorar y ahora no abre los ojos",
            "child_danger",
        ),
        ("mi nena se trago una pila de boton", "child_danger"),
        ("el niño se tomo cloro de la botella", "child_danger"),
        ("los niños del 203 llevan cuatro dias solos en el apato, sin comida", "child_danger"),
        ("tengo miedo de lastimar a mi bebe, ya no soporto que llore", "child_danger"),
        ("mi padrastro se mete a mi cama cuando mi mama trabaja de noche", "child_danger"),
        ("mi hijo desaparecio desde la tarde, nadie sabe donde esta", "child_danger"),
        # medical_emergency
        ("a mi abuela se le torcio la boca y no puede hablar bien", "medical_emergency"),
        (
            "mi esposo tiene un dolor en el pecho muy fuerte y esta sudando frio",
            "medical_emergency",
        ),
        ("mi mama es diabetica, esta confundida y sudando mucho", "medical_emergency"),
        ("mi papa no despierta, solo hace ruidos raros", "medical_emergency"),
        (
            "mi hijo tiene fiebre alta desde hace 3 dias y ahora no responde cuando le hablo",
            "medical_emergency",
        ),
        ("mi suegro se cayo en la escalera y no se puede levantar", "medical_emergency"),
        (
            "mi compañero se corto con la maquina y hay sangre por todos lados",
            "medical_emergency",
        ),
        ("mi tio se tomo veneno para ratas", "medical_emergency"),
        ("el bebe se esta poniendo morado, se atraganto con una uva", "medical_emergency"),
        (
            "no puede levantar el brazo izquierdo y habla arrastrando las palabras",
            "medical_emergency",
        ),
    ],
}
# (text, flag): no alarm, but the bot asks whether it is a danger now.
ASKED: dict[str, list[tuple[str, str]]] = {
    "pt": [
        ("sinto que sou um peso pra todo mundo aqui", "suicide"),
        ("ninguem ia sentir minha falta", "suicide"),
        ("meu ex fica rondando meu predio toda noite", "violence"),
        ("o bebe da vizinha chora o dia inteiro e ninguem atende a porta", "child_danger"),
        ("meu pai ta muito desorientado desde hoje cedo", "medical_emergency"),
    ],
    "es": [
        ("siento que soy una carga para mi familia", "suicide"),
        ("ya no puedo con esto, de verdad", "suicide"),
        ("un tipo anda rondando mi casa todas las noches", "violence"),
        ("el nene de los vecinos llora todo el dia y nadie le abre", "child_danger"),
        ("mi abuelo esta muy desorientado desde la mañana", "medical_emergency"),
    ],
}
# Everyday troubles and figures of speech: no alarm.
CALM: dict[str, list[str]] = {
    "pt": [
        "meu chefe vai me matar se eu chegar atrasado de novo",
        "to morrendo de saudade da minha mae",
        "esse calor do Japão tá me matando",
        "morri de rir com o video que vc mandou",
        "meu pai teve derrame há três anos e preciso de ajuda com o kaigo",
        "meu sogro teve infarto e agora precisa de acompanhamento no hospital",
        "to com gripe e febre, preciso de atestado pro trabalho",
        "nao consigo pagar o aluguel do danchi esse mes",
        "a conta do hospital veio muito alta, como faco pra parcelar?",
        "quero marcar um check-up no hospital da cidade",
        "meu visto vence mes que vem, o que eu faco?",
        "o vizinho de cima faz muito barulho de madrugada",
        "perdi o emprego na fabrica e to sem dinheiro",
        "cuido da minha sogra que tem demencia, to exausta",
        "me cortei com a faca fazendo a janta, precisa de ponto?",
        "mae, to na plataforma, o trem atrasou, chego tarde",
        "comprei uma corda de varal no Daiso",
        "dei as roupas que nao servem mais pra doacao da igreja",
        "minha mae vai me matar quando ver a nota",
        "esse trabalho ta acabando comigo, mas preciso do dinheiro",
        "meu filho nao acorda cedo pra escola de jeito nenhum",
        "ele ta me esperando la fora pra gente ir no mercado",
        "a reuniao vai ser no ultimo andar do predio da prefeitura",
        "estou morta de cansaco depois do zangyo",
        "Tô doida pra ver minha família, morrendo de vontade de voltar",
    ],
    "es": [
        "mi jefe me va a matar si llego tarde otra vez",
        "me muero de ganas de ver a mi familia",
        "la humedad de aqui me esta matando",
        "me mate de risa con tu audio",
        "mi papa tuvo un derrame hace dos años y necesito ayuda con el kaigo",
        "mi esposo tuvo un infarto y ahora necesita controles en el hospital",
        "tengo gripe y tos, necesito un certificado para el trabajo",
        "no me alcanza para la renta del danchi",
        "la cuenta del hospital salio muy cara, puedo pagar en partes?",
        "quiero hacerme un chequeo medico en la clinica de la ciudad",
        "mi visa vence el proximo mes",
        "los vecinos de arriba hacen mucho ruido en la noche",
        "me despidieron de la fabrica y no tengo dinero",
        "cuido a mi suegra con demencia y estoy agotada",
        "me corte el dedo picando cebolla",
        "estoy en el anden esperando el tren, llego en 10 minutos",
        "compre una cuerda para tender la ropa",
        "regale la ropa de mi hijo que ya no le queda",
        "mi mama me va a matar cuando vea mis notas",
        "este trabajo me esta acabando, pero necesito el dinero",
        "mi hijo no despierta temprano para ir a la escuela",
        "mi novio me esta esperando afuera para ir al super",
        "la reunion es en el ultimo piso del edificio de la alcaldia",
        "estoy muerta de cansancio despues del zangyo",
        "me estoy ahogando en deudas, quiero juntar mis prestamos",
    ],
}
# A danger told as long past and over: neither an alarm nor a question.
OVER: dict[str, list[str]] = {
    "pt": [
        "Há cinco anos tentei tirar minha própria vida, hoje estou bem e quero ser voluntária.",
        "Quando eu era crianca meu pai me batia muito, mas hoje moro longe e vivo tranquila.",
        "O ex da minha amiga batia nela e ameaçava anos atras, agora ela ta divorciada e feliz.",
        "Em 2018 minha mae teve um derrame, ela se recuperou e hoje faz fisioterapia.",
        "Faz uns dez anos que pensei em me matar, mas superei e hoje tenho uma familia linda.",
        "No ano passado eu queria morrer, mas fiz tratamento e ja passou.",
        "Quando tinha 17 anos tomei um monte de remedios, hoje sou enfermeira e estou bem.",
    ],
    "es": [
        "Hace seis años intente quitarme la vida, ahora estoy bien y quiero ser voluntaria.",
        "Cuando era niña mi papa me pegaba, pero hoy vivo tranquila con mis hijos.",
        "El ex de mi amiga la golpeaba hace años, ahora ella esta divorciada y feliz.",
        "En 2019 mi mama tuvo un derrame, se recupero y hoy hace rehabilitacion.",
        "Hace como diez años pense en matarme, pero lo supere y hoy tengo una familia.",
        "El año pasado tenia ganas de morir, pero fui a terapia y ya paso.",
        "A los 16 años me tome muchas pastillas, hoy soy enfermera y estoy bien.",
    ],
}

/**
 * Everyday Swedish and English words that are spelled right and mean nothing for needs on their
 * own. The text reader never tries to read them as misspellings of the vocabulary's words
 * ("bilen" is not "bilder"), which also spares it the fuzzy search.
 */
const WORDS = `
aldrig alltid andra annan annat ansikte arbete arg bara barn bilen bilden bok bort bra bror bussen
både dag dagar dagen del delen dom därför efter eftersom ej eller ens ett fast fel film fick finns
fint flera folk fortfarande fram framför fråga frågar frågor fröken fyra får fått föll följa förra
förstår förut försöker gammal gamla ganska genom gick gillar gjorde glad glada gånger gått göra
gör hade halva hand handla hela helt hellre hem hemifrån hittade hjälpa hur hände hänt här hålla
hört idag igen ihop ingen inget innan inne inte jobbar kanske klass klassen kolla kom komma kommer
kompis kompisar kompisen kunde kvar kvinna kväll känner känns kära lektion lektionen lika lilla
lite liten lugn lyssnade länge lärare läsa lätt mat med mellan mening mer mest mig min mobil
mobilen morgon mycket mått måste natt nej ni niorna nog nu nyss några något nämligen när nästa
och också okej ord orkar ofta om ont par pengar person plötsligt på rast rasten rätt redan rolig
roligt rum rummet samma sedan sen sista själv skola skolan skriva skrev snart snälla som spela
spelar sporten stad staden stan stor stora sträng ställe säga säger sätt tala tar tid tiden tillbaka
tjejen tjejer tog trodde tror tråkigt träffa träffade träffas träning tyst tänker tänkte under upp
ute vad vad vanligt vara varför varje vecka veckan verkligen vet vill visste väldigt vänner vår
vänta väg ytterligare åka åkte år året åt äta även över skicka skickar skickade skickat spara
sparar sparade sparat hej hallå bröder bröderna systrar valdag valdagen
about after again against ago almost alone also always another anyone anything around asked away
back bad because been before being best better between body both bought boy brother called came
cannot care class could dad day days did does doing done down each else even ever every everyone
everything family feel feeling felt few find first found friend friends from game games gave get
gets getting girl give going gone good got group happen happened happens hard have head hear help
here home hope house however just keep kind know knows last later leave left let life like little
live long look looking lot made make many maybe mean might mind mom more most much must need never
new next nice night nobody nothing now often okay once only other people phone place please
really right said same saw say says school see seen send sent should since some someone something
sometimes soon still stop such sure take talked teacher tell than thing things think thought
through time told tomorrow tried trying under until very want wanted week well went were what
where which while who why will with without work would wrong year years yes yesterday young hello hi hey
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

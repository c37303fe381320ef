// Word lists for realistic seed data: people's names, streets, cities with their real postal-code
// shapes and states, and legal forms, per country. Postal templates (`#` digit, `@` letter) always
// satisfy the country's rule in shared/partner-center/countries.ts, so every seeded address validates.

export interface PeopleNames {
  first: readonly string[];
  last: readonly string[];
}

const split = (words: string) => words.split(',').map((word) => word.trim());

export const PEOPLE: Record<string, PeopleNames> = {
  it: { first: split('Marco,Giulia,Luca,Francesca,Alessandro,Chiara,Matteo,Sara,Davide,Elena,Andrea,Valentina,Stefano,Paola,Giorgio,Federica'), last: split('Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De Luca,Costa,Giordano') },
  en: { first: split('James,Emma,Oliver,Sophie,Daniel,Charlotte,Thomas,Emily,William,Grace,Michael,Hannah,David,Laura,Jack,Olivia'), last: split('Smith,Jones,Taylor,Brown,Williams,Wilson,Johnson,Davies,Evans,Walker,Wright,Robinson,Thompson,Hughes,Clarke,Murphy') },
  de: { first: split('Lukas,Anna,Felix,Laura,Jonas,Lea,Maximilian,Sarah,Paul,Julia,Tobias,Katharina,Florian,Lena,Stefan,Sabine'), last: split('Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Koch,Richter,Wolf,Neumann,Schwarz,Braun') },
  fr: { first: split('Lucas,Camille,Hugo,Léa,Louis,Chloé,Gabriel,Manon,Arthur,Inès,Jules,Sarah,Nicolas,Julie,Antoine,Claire'), last: split('Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,Lefebvre,Michel,Fournier,Girard') },
  es: { first: split('Alejandro,Lucía,Pablo,María,Daniel,Paula,Javier,Laura,Carlos,Marta,Sergio,Ana,Diego,Carmen,Jorge,Elena'), last: split('García,Fernández,González,Rodríguez,López,Martínez,Sánchez,Pérez,Gómez,Martín,Jiménez,Ruiz,Hernández,Díaz,Moreno,Álvarez') },
  nl: { first: split('Daan,Emma,Sem,Julia,Lucas,Sophie,Milan,Tess,Levi,Anna,Thijs,Fleur,Bram,Sanne,Ruben,Lotte'), last: split('de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Janssen,Visser,Smit,Meijer,de Boer,Mulder,de Groot,Bos,Vos,Peeters') },
  pl: { first: split('Jakub,Zuzanna,Kacper,Julia,Szymon,Maja,Filip,Zofia,Jan,Hanna,Michał,Anna,Piotr,Katarzyna,Tomasz,Agnieszka'), last: split('Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński,Szymański,Woźniak,Dąbrowski,Kozłowski,Jankowski,Mazur,Kwiatkowski,Krawczyk') },
  nordic: { first: split('Erik,Anna,Lars,Maria,Johan,Emma,Anders,Sara,Nils,Karin,Mikael,Linnea,Oskar,Ingrid,Henrik,Sofia'), last: split('Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsen,Hansen,Jensen,Nielsen,Virtanen,Korhonen,Lindqvist,Berg,Dahl,Lund') },
  pt: { first: split('João,Maria,Pedro,Ana,Tiago,Beatriz,Rafael,Mariana,Miguel,Inês,Gabriel,Juliana,Lucas,Camila,Bruno,Carolina'), last: split('Silva,Santos,Ferreira,Pereira,Oliveira,Costa,Rodrigues,Martins,Sousa,Fernandes,Gonçalves,Gomes,Lopes,Almeida,Ribeiro,Carvalho') },
  cis: { first: split('Alexei,Olga,Dmitry,Natalia,Sergei,Irina,Andrei,Elena,Ivan,Tatiana,Nikolai,Anna,Pavel,Svetlana,Mikhail,Yulia,Arman,Aigerim,Rustam,Nodira'), last: split('Ivanov,Smirnov,Kuznetsov,Popov,Sokolov,Petrenko,Shevchenko,Bondarenko,Abdullayev,Aliyev,Hovhannisyan,Grigoryan,Mammadov,Karimov,Rakhimov,Ceban,Nurlanov,Sadykov') },
  hu: { first: split('Bence,Anna,Máté,Eszter,Dávid,Réka,Balázs,Zsófia,Levente,Katalin,Péter,Judit'), last: split('Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Kiss,Molnár,Németh,Farkas,Balogh,Papp') },
  ja: { first: split('Haruto,Yui,Sota,Aoi,Yuto,Hina,Ren,Sakura,Takumi,Yuna,Kenji,Akiko'), last: split('Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,Kobayashi,Kato,Yoshida,Yamada') },
  in: { first: split('Aarav,Ananya,Vihaan,Diya,Arjun,Priya,Rohan,Kavya,Rahul,Sneha,Vikram,Pooja'), last: split('Sharma,Patel,Singh,Kumar,Gupta,Reddy,Iyer,Nair,Mehta,Joshi,Rao,Desai') },
  cs: { first: split('Jakub,Tereza,Jan,Eliška,Tomáš,Anna,Petr,Lucie,Martin,Kateřina'), last: split('Novák,Svoboda,Novotný,Dvořák,Černý,Procházka,Kučera,Veselý,Horák,Němec') },
};

/** Street templates per language; `#` is a digit. */
export const STREETS: Record<string, readonly string[]> = {
  it: split('Via Roma ##,Corso Italia ##,Via Garibaldi ##,Viale Europa ###,Via Dante Alighieri ##,Piazza della Repubblica #,Via Torino ##,Via Manzoni ##'),
  en: split('## High Street,## Station Road,## Church Lane,Unit # Riverside Park,## Market Street,## Victoria Road,## Mill Lane,## Park Avenue'),
  us: split('#### Main Street,### Oak Avenue,#### Commerce Drive,### Market Street,#### Lakeview Boulevard,### Pine Road,#### Industrial Parkway,### Elm Street'),
  de: split('Hauptstraße ##,Bahnhofstraße ##,Gartenweg #,Industriestraße ##,Schillerstraße ##,Lindenallee ##,Goethestraße ##,Marktplatz #'),
  fr: split('## rue de la République,## avenue Victor Hugo,## boulevard Pasteur,## rue du Commerce,## place de la Gare,## rue Nationale,## avenue Jean Jaurès'),
  es: split('Calle Mayor ##,Avenida de la Constitución ##,Calle de Alcalá ###,Paseo de Gracia ##,Calle Real ##,Avenida del Puerto ###'),
  nl: split('Stationsstraat ##,Kerkstraat ##,Industrieweg ##,Molenweg ##,Marktplein #,Dorpsstraat ##'),
  pl: split('ul. Marszałkowska ##,ul. Długa ##,al. Jerozolimskie ###,ul. Piotrkowska ###,ul. Floriańska ##,ul. Grunwaldzka ##'),
  nordic: split('Storgatan ##,Kongens Gade ##,Mannerheimintie ##,Karl Johans gate ##,Drottninggatan ##,Vestergade ##'),
  pt: split('Rua Augusta ##,Avenida da Liberdade ###,Rua das Flores ##,Avenida Paulista ####,Rua Oscar Freire ###,Rua do Comércio ##'),
  cis: split('ul. Lenina ##,pr. Mira ##,ul. Tverskaya ##,vul. Khreshchatyk ##,pr. Abaya ##,ul. Pushkina ##,Nizami küç. ##'),
  hu: split('Andrássy út ##,Váci utca ##,Kossuth Lajos utca ##,Rákóczi út ##,Petőfi Sándor utca ##'),
  ja: split('#-##-# Marunouchi,#-#-## Shibuya,#-##-# Umeda,#-#-# Sakae,#-##-## Tenjin'),
  in: split('## MG Road,### Brigade Road,## Nehru Place,Plot ## Sector #,## Park Street,## Anna Salai'),
  cs: split('Václavské náměstí ##,Národní ##,Vinohradská ###,Masarykova ##,Husova ##'),
};

export interface CountrySeed {
  people: keyof typeof PEOPLE;
  streets: keyof typeof STREETS;
  /** [city, state ('' where the country has none), postal template] */
  cities: readonly (readonly [string, string, string])[];
  legalForms: readonly string[];
  /** Top-level domain for the customer's own domain name. */
  tld: string;
  /** How often customers come from here, relative to the others. */
  weight: number;
}

const c = (city: string, state: string, postal: string) => [city, state, postal] as const;

export const COUNTRY_SEEDS: Record<string, CountrySeed> = {
  IT: { people: 'it', streets: 'it', tld: 'it', weight: 16, legalForms: split('S.r.l.,S.p.A.,S.n.c.,S.r.l.s.'), cities: [c('Milano', '', '201##'), c('Roma', '', '001##'), c('Torino', '', '101##'), c('Napoli', '', '801##'), c('Bologna', '', '401##'), c('Firenze', '', '501##'), c('Padova', '', '351##'), c('Bari', '', '701##')] },
  US: { people: 'en', streets: 'us', tld: 'com', weight: 12, legalForms: split('Inc.,LLC,Corp.'), cities: [c('Seattle', 'WA', '981##'), c('Austin', 'TX', '787##'), c('Chicago', 'IL', '606##'), c('Denver', 'CO', '802##'), c('Boston', 'MA', '021##'), c('Atlanta', 'GA', '303##'), c('New York', 'NY', '100##'), c('San Diego', 'CA', '921##')] },
  GB: { people: 'en', streets: 'en', tld: 'co.uk', weight: 10, legalForms: split('Ltd,LLP,plc'), cities: [c('London', '', 'EC# #@@'), c('Manchester', '', 'M# #@@'), c('Leeds', '', 'LS# #@@'), c('Bristol', '', 'BS# #@@'), c('Birmingham', '', 'B# #@@'), c('Glasgow', '', 'G# #@@')] },
  DE: { people: 'de', streets: 'de', tld: 'de', weight: 10, legalForms: split('GmbH,AG,GmbH & Co. KG,e.K.'), cities: [c('Berlin', '', '10###'), c('München', '', '80###'), c('Hamburg', '', '20###'), c('Köln', '', '50###'), c('Frankfurt am Main', '', '60###'), c('Stuttgart', '', '70###'), c('Leipzig', '', '04###')] },
  FR: { people: 'fr', streets: 'fr', tld: 'fr', weight: 8, legalForms: split('SAS,SARL,SA'), cities: [c('Paris', '', '750##'), c('Lyon', '', '6900#'), c('Marseille', '', '130##'), c('Toulouse', '', '310##'), c('Nantes', '', '440##'), c('Lille', '', '590##')] },
  ES: { people: 'es', streets: 'es', tld: 'es', weight: 6, legalForms: split('S.L.,S.A.'), cities: [c('Madrid', '', '280##'), c('Barcelona', '', '080##'), c('Valencia', '', '460##'), c('Sevilla', '', '410##'), c('Bilbao', '', '480##')] },
  NL: { people: 'nl', streets: 'nl', tld: 'nl', weight: 4, legalForms: split('B.V.,N.V.'), cities: [c('Amsterdam', '', '10## @@'), c('Rotterdam', '', '30## @@'), c('Utrecht', '', '35## @@'), c('Eindhoven', '', '56## @@')] },
  BE: { people: 'nl', streets: 'nl', tld: 'be', weight: 3, legalForms: split('BV,SRL,NV'), cities: [c('Brussel', '', '10##'), c('Antwerpen', '', '20##'), c('Gent', '', '90##'), c('Liège', '', '40##')] },
  AT: { people: 'de', streets: 'de', tld: 'at', weight: 3, legalForms: split('GmbH,AG'), cities: [c('Wien', '', '1###'), c('Graz', '', '80##'), c('Linz', '', '40##'), c('Salzburg', '', '50##')] },
  CH: { people: 'de', streets: 'de', tld: 'ch', weight: 3, legalForms: split('AG,GmbH,SA'), cities: [c('Zürich', '', '80##'), c('Genève', '', '12##'), c('Basel', '', '40##'), c('Bern', '', '30##'), c('Lugano', '', '69##')] },
  PL: { people: 'pl', streets: 'pl', tld: 'pl', weight: 3, legalForms: split('Sp. z o.o.,S.A.'), cities: [c('Warszawa', '', '0#-###'), c('Kraków', '', '3#-###'), c('Wrocław', '', '5#-###'), c('Gdańsk', '', '8#-###'), c('Poznań', '', '6#-###')] },
  SE: { people: 'nordic', streets: 'nordic', tld: 'se', weight: 2, legalForms: split('AB'), cities: [c('Stockholm', '', '1## ##'), c('Göteborg', '', '4## ##'), c('Malmö', '', '2## ##')] },
  IE: { people: 'en', streets: 'en', tld: 'ie', weight: 2, legalForms: split('Ltd,DAC'), cities: [c('Dublin', '', 'D0# @###'), c('Cork', '', 'T12 @###'), c('Galway', '', 'H91 @###')] },
  PT: { people: 'pt', streets: 'pt', tld: 'pt', weight: 2, legalForms: split('Lda.,S.A.'), cities: [c('Lisboa', '', '1###-###'), c('Porto', '', '4###-###'), c('Braga', '', '47##-###')] },
  BR: { people: 'pt', streets: 'pt', tld: 'com.br', weight: 3, legalForms: split('Ltda.,S.A.'), cities: [c('São Paulo', 'SP', '0####-###'), c('Rio de Janeiro', 'RJ', '2####-###'), c('Belo Horizonte', 'MG', '3####-###'), c('Curitiba', 'PR', '8####-###')] },
  MX: { people: 'es', streets: 'es', tld: 'com.mx', weight: 2, legalForms: split('S.A. de C.V.,S. de R.L. de C.V.'), cities: [c('Ciudad de México', '', '0####'), c('Guadalajara', '', '44###'), c('Monterrey', '', '64###')] },
  CA: { people: 'en', streets: 'us', tld: 'ca', weight: 3, legalForms: split('Inc.,Ltd.'), cities: [c('Toronto', 'ON', 'M#@ #@#'), c('Vancouver', 'BC', 'V#@ #@#'), c('Montréal', 'QC', 'H#@ #@#'), c('Calgary', 'AB', 'T#@ #@#')] },
  IN: { people: 'in', streets: 'in', tld: 'in', weight: 3, legalForms: split('Pvt Ltd,LLP'), cities: [c('Bengaluru', 'KA', '560###'), c('Mumbai', 'MH', '400###'), c('New Delhi', 'DL', '110###'), c('Chennai', 'TN', '600###'), c('Hyderabad', 'TG', '500###')] },
  JP: { people: 'ja', streets: 'ja', tld: 'co.jp', weight: 2, legalForms: split('K.K.,G.K.'), cities: [c('Tokyo', '', '1##-####'), c('Osaka', '', '5##-####'), c('Nagoya', '', '4##-####'), c('Fukuoka', '', '8##-####')] },
  AU: { people: 'en', streets: 'en', tld: 'com.au', weight: 3, legalForms: split('Pty Ltd'), cities: [c('Sydney', 'NSW', '2###'), c('Melbourne', 'VIC', '3###'), c('Brisbane', 'QLD', '4###'), c('Perth', 'WA', '6###'), c('Adelaide', 'SA', '5###')] },
  RU: { people: 'cis', streets: 'cis', tld: 'ru', weight: 1, legalForms: split('OOO,AO'), cities: [c('Moskva', '', '1#####'), c('Sankt-Peterburg', '', '19####'), c('Kazan', '', '420###')] },
  HU: { people: 'hu', streets: 'hu', tld: 'hu', weight: 2, legalForms: split('Kft.,Zrt.'), cities: [c('Budapest', '', '1###'), c('Debrecen', '', '40##'), c('Szeged', '', '67##')] },
  UA: { people: 'cis', streets: 'cis', tld: 'com.ua', weight: 1, legalForms: split('TOV,PP'), cities: [c('Kyiv', '', '0####'), c('Lviv', '', '79###'), c('Odesa', '', '65###')] },
  KZ: { people: 'cis', streets: 'cis', tld: 'kz', weight: 1, legalForms: split('TOO'), cities: [c('Almaty', '', '050###'), c('Astana', '', '010###')] },
  AM: { people: 'cis', streets: 'cis', tld: 'am', weight: 1, legalForms: split('LLC,CJSC'), cities: [c('Yerevan', '', '00##'), c('Gyumri', '', '31##')] },
  AZ: { people: 'cis', streets: 'cis', tld: 'az', weight: 1, legalForms: split('MMC'), cities: [c('Baku', '', 'AZ 1###'), c('Ganja', '', 'AZ 2###')] },
  BY: { people: 'cis', streets: 'cis', tld: 'by', weight: 1, legalForms: split('OOO'), cities: [c('Minsk', '', '220###'), c('Brest', '', '224###')] },
  KG: { people: 'cis', streets: 'cis', tld: 'kg', weight: 1, legalForms: split('OsOO'), cities: [c('Bishkek', '', '720###'), c('Osh', '', '723###')] },
  MD: { people: 'cis', streets: 'cis', tld: 'md', weight: 1, legalForms: split('SRL'), cities: [c('Chișinău', '', 'MD-20##'), c('Bălți', '', 'MD-31##')] },
  TJ: { people: 'cis', streets: 'cis', tld: 'tj', weight: 1, legalForms: split('LLC'), cities: [c('Dushanbe', '', '734###'), c('Khujand', '', '735###')] },
  UZ: { people: 'cis', streets: 'cis', tld: 'uz', weight: 1, legalForms: split('MChJ'), cities: [c('Tashkent', '', '100###'), c('Samarkand', '', '140###')] },
  DK: { people: 'nordic', streets: 'nordic', tld: 'dk', weight: 2, legalForms: split('ApS,A/S'), cities: [c('København', '', '1###'), c('Aarhus', '', '80##'), c('Odense', '', '50##')] },
  NO: { people: 'nordic', streets: 'nordic', tld: 'no', weight: 2, legalForms: split('AS'), cities: [c('Oslo', '', '0###'), c('Bergen', '', '50##'), c('Trondheim', '', '70##')] },
  FI: { people: 'nordic', streets: 'nordic', tld: 'fi', weight: 2, legalForms: split('Oy,Oyj'), cities: [c('Helsinki', '', '00###'), c('Tampere', '', '33###'), c('Turku', '', '20###')] },
  CZ: { people: 'cs', streets: 'cs', tld: 'cz', weight: 2, legalForms: split('s.r.o.,a.s.'), cities: [c('Praha', '', '1## ##'), c('Brno', '', '6## ##'), c('Ostrava', '', '7## ##')] },
  NZ: { people: 'en', streets: 'en', tld: 'co.nz', weight: 1, legalForms: split('Limited'), cities: [c('Auckland', '', '10##'), c('Wellington', '', '60##'), c('Christchurch', '', '80##')] },
};

/** Brand-like first words of company names. */
export const COMPANY_ROOTS = split(
  'Aurora,Northwind,Brightwater,Castello,Alpina,Bluepeak,Silverline,Greenfield,Lakeside,Redwood,Stonebridge,Sunrise,Harbor,Meridian,Summit,Riverbend,Oakridge,Evergreen,Polaris,Horizon,Cascade,Granite,Pioneer,Vertex,Atlas,Orion,Nova,Zenith,Crescent,Falcon,Maple,Cedar,Coral,Ember,Fjord,Glacier,Helix,Iris,Juniper,Kestrel,Lumen,Mistral,Nimbus,Onyx,Prisma,Quarry,Sierra,Tundra,Umbra,Valley,Willow,Yarrow,Aquila,Borealis,Corvus,Delta,Elara,Fenix,Gemini,Halcyon,Indigo,Jasper,Kairos,Lyra,Magnolia,Nettle,Olivine,Pelican,Quill,Rowan,Saffron,Tessera,Ultramar,Verdant,Wren',
);

/** What the company does; the second word of most names. */
export const COMPANY_TRADES = split(
  'Logistics,Consulting,Dental Care,Engineering,Architects,Legal,Accounting,Construction,Foods,Wines,Pharmacy,Clinic,Design,Media,Travel,Automotive,Textiles,Furniture,Hotels,Realty,Energy,Solar,Printing,Packaging,Security,Robotics,Analytics,Software,Telecom,Marine,Aviation,Agritech,Bakery,Optics,Veterinary,Fitness,Education,Insurance,Plumbing,Electric',
);

/** Subscriptions seeded customers hold; "Azure plan" is the one field reports say also blocks removal. */
export const OFFERS: readonly (readonly [offerId: string, offerName: string, unitType: string])[] = [
  ['CFQ7TTC0LCHC:0002', 'Microsoft 365 Business Premium', 'Licenses'],
  ['CFQ7TTC0LDPB:0001', 'Microsoft 365 Business Standard', 'Licenses'],
  ['CFQ7TTC0LH18:0001', 'Microsoft 365 Business Basic', 'Licenses'],
  ['CFQ7TTC0LFLX:0001', 'Microsoft 365 E3', 'Licenses'],
  ['CFQ7TTC0LH16:0001', 'Exchange Online (Plan 1)', 'Licenses'],
  ['CFQ7TTC0QW5P:0001', 'Microsoft Teams Essentials', 'Licenses'],
  ['DZH318Z0BPS6:0001', 'Azure plan', 'Usage-based'],
];

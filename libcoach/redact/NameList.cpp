// SPDX-License-Identifier: GPL-3.0-or-later
#include "redact/NameList.h"

#include <QFile>

#include <algorithm>
#include <QSet>
#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

QSet<QString> wordSet(QStringView words)
{
    QSet<QString> set;
    for (const QStringView word : words.tokenize(u' ', Qt::SkipEmptyParts))
        set.insert(word.toString().toCaseFolded());
    return set;
}

// US Census 1990, most frequent male and female given names, then common European ones.
const QSet<QString> &givenNames()
{
    static const QSet<QString> set = wordSet(
        u"james john robert michael william david richard charles joseph thomas christopher daniel paul mark "
        "donald george kenneth steven edward brian ronald anthony kevin jason matthew gary timothy jose larry "
        "jeffrey frank scott eric stephen andrew raymond gregory joshua jerry dennis walter patrick peter harold "
        "douglas henry carl arthur ryan roger joe juan jack albert jonathan justin terry gerald keith samuel "
        "willie ralph lawrence nicholas roy benjamin bruce brandon adam harry fred wayne billy steve louis "
        "jeremy aaron randy howard eugene carlos russell bobby victor martin ernest phillip todd jesse craig "
        "alan shawn clarence sean philip chris johnny earl jimmy antonio danny bryan tony luis mike stanley "
        "leonard nathan dale manuel rodney curtis norman allen marvin vincent glenn jeffery travis jeff chad "
        "jacob lee melvin alfred kyle francis bradley jesus herbert frederick ray joel edwin don eddie ricky "
        "troy randall barry alexander bernard mario leroy francisco marcus micheal theodore clifford miguel "
        "oscar jay jim tom calvin alex jon ronnie bill lloyd tommy leon derek warren darrell jerome floyd leo "
        "alvin tim wesley gordon dean greg jorge dustin pedro derrick dan lewis zachary corey herman maurice "
        "vernon roberto clyde glen hector shane ricardo sam rick lester brent ramon charlie tyler gilbert gene "
        "marc reginald ruben brett angel nathaniel rafael leslie edgar milton raul ben chester cecil duane "
        "franklin andre elmer brad gabriel ron mitchell roland arnold harvey jared adrian karl cory claude erik "
        "darryl jamie neil jessie christian javier fernando clinton ted mathew tyrone darren lonnie lance cody "
        "julio kelly kurt allan nelson guy clayton hugh max dwayne dwight armando felix jimmie everett jordan "
        "ian wallace ken bob jaime casey alfredo alberto dave ivan johnnie sidney byron julian isaac morris "
        "clifton willard daryl ross virgil andy marshall salvador perry kirk sergio marion tracy seth kent "
        "terrance rene eduardo terrence enrique freddie wade liam noah ethan mason logan lucas oliver elijah "
        "aiden caleb owen hunter connor evan gavin luke jackson dylan "
        "mary patricia linda barbara elizabeth jennifer maria susan margaret dorothy lisa nancy karen betty "
        "helen sandra donna carol ruth sharon michelle laura sarah kimberly deborah jessica shirley cynthia "
        "angela melissa brenda amy anna rebecca virginia kathleen pamela martha debra amanda stephanie carolyn "
        "christine marie janet catherine frances ann joyce diane alice julie heather teresa doris gloria "
        "evelyn jean cheryl mildred katherine joan ashley judith rose janice nicole judy christina kathy "
        "theresa beverly denise tammy irene jane lori rachel marilyn andrea kathryn louise sara anne jacqueline "
        "wanda bonnie julia ruby lois tina phyllis norma paula diana annie lillian emily robin peggy crystal "
        "gladys rita dawn connie florence tracy edna tiffany carmen rosa cindy grace wendy victoria edith kim "
        "sherry sylvia josephine thelma shannon sheila ethel ellen elaine marjorie carrie charlotte monica "
        "esther pauline emma juanita anita rhonda hazel amber eva debbie april leslie clara lucille jamie "
        "joanne eleanor valerie danielle megan alicia suzanne michele gail bertha darlene veronica jill erin "
        "geraldine lauren cathy joann lorraine lynn sally regina erica beatrice dolores bernice audrey yvonne "
        "annette june samantha marion dana stacy ana renee ida vivian roberta holly brittany melanie loretta "
        "yolanda jeanette laurie katie kristen vanessa alma sue elsie beth jeanne vicki carla tara rosemary "
        "eileen terri gertrude lucy tonya ella stacey wilma gina kristin jessie natalie agnes vera willie "
        "charlene bessie delores melinda pearl arlene maureen colleen allison tamara joy georgia constance "
        "lillie claudia jackie marcia tanya nellie minnie marlene heidi glenda lydia viola courtney marian "
        "stella caroline dora jo vickie mattie terry maxine irma mabel marsha myrtle lena christy deanna "
        "patsy hilda gwendolyn jennie nora margie nina cassandra leah penny kay priscilla naomi carole brandy "
        "olga billie dianne tracey leona jenny felicia sonia miriam velma becky bobbie violet kristina toni "
        "misty mae shelly daisy ramona sherri erika katrina claire olivia sophia isabella mia ava abigail "
        "madison chloe ella zoe hannah natasha "
        "hans klaus jurgen stefan wolfgang andreas thomas markus sven lars jan pieter willem johan henrik "
        "erik nils anders magnus mats olaf bjorn pierre jean jacques francois philippe nicolas julien "
        "antoine louis luc giuseppe giovanni marco luca paolo francesco alessandro matteo andrea pablo "
        "javier diego alejandro sergio fernando jorge manuel ivan dmitri sergei vladimir olga anna ingrid "
        "astrid sofia elena chiara giulia francesca camille chloe claire sophie lea marie anja katrin "
        "sabine ursula monika petra birgit karin eva helga greta inge liesbeth annika sanne femke emma "
        "mohammed muhammad ahmed ali omar hassan fatima aisha yusuf ibrahim priya raj rahul amit sanjay "
        "wei li hiroshi yuki kenji haruto sakura aiko"_s);
    return set;
}

// US Census 1990, most frequent surnames.
const QSet<QString> &surnames()
{
    static const QSet<QString> set = wordSet(
        u"smith johnson williams jones brown davis miller wilson moore taylor anderson thomas jackson white "
        "harris martin thompson garcia martinez robinson clark rodriguez lewis lee walker hall allen young "
        "hernandez king wright lopez hill scott green adams baker gonzalez nelson carter mitchell perez "
        "roberts turner phillips campbell parker evans edwards collins stewart sanchez morris rogers reed "
        "cook morgan bell murphy bailey rivera cooper richardson cox howard ward torres peterson gray "
        "ramirez james watson brooks kelly sanders price bennett wood barnes ross henderson coleman jenkins "
        "perry powell long patterson hughes flores washington butler simmons foster gonzales bryant "
        "alexander russell griffin diaz hayes myers ford hamilton graham sullivan wallace woods cole west "
        "jordan owens reynolds fisher ellis harrison gibson mcdonald cruz marshall ortiz gomez murray "
        "freeman wells webb simpson stevens tucker porter hunter hicks crawford henry boyd mason morales "
        "kennedy warren dixon ramos reyes burns gordon shaw holmes rice robertson hunt black daniels palmer "
        "mills nichols grant knight ferguson rose stone hawkins dunn perkins hudson spencer gardner stephens "
        "payne pierce berry matthews arnold wagner willis ray watkins olson carroll duncan snyder hart "
        "cunningham bradley lane andrews ruiz harper fox riley armstrong carpenter weaver greene lawrence "
        "elliott chavez sims austin peters kelley franklin lawson fields gutierrez ryan schmidt carr "
        "vasquez castillo wheeler chapman oliver montgomery richards williamson johnston banks meyer "
        "bishop mccoy howell alvarez morrison hansen fernandez garza harvey little burton stanley nguyen "
        "george jacobs reid fuller lynch dean gilbert garrett romero welch larson frazier burke hanson day "
        "mendoza moreno bowman medina fowler brewer hoffman carlson silva pearson holland douglas fleming "
        "jensen vargas byrd davidson hopkins may terry herrera wade soto walters curtis neal caldwell lowe "
        "jennings barnett graves jimenez horton shelton barrett obrien castro sutton gregory mckinney lucas "
        "miles craig rodriquez chambers holt lambert fletcher watts bates hale rhodes pena beck newman "
        "haynes mcdaniel mendez bush vaughn parks dawson santiago norris hardy love steele curry powers "
        "schultz barker guzman page munoz ball keller chandler weber leonard walsh lyons ramsey wolfe "
        "schneider mullins benson sharp bowen daniel barber cummings hines baldwin griffith valdez hubbard "
        "salazar reeves warner stevenson burgess santos tate cross garner mann mack moss thornton dennis "
        "mcgee farmer delgado aguilar vega glover manning cohen harmon rodgers robbins newton todd blair "
        "higgins ingram reese cannon strickland townsend potter goodwin walton rowe hampton ortega patton "
        "swanson joseph francis goodman maldonado yates becker erickson hodges rios conner adkins webster "
        "norman malone hammond flowers cobb moody quinn blake maxwell pope floyd osborne paul mccarthy "
        "guerrero lindsey estrada sandoval gibbs tyler gross fitzgerald stokes doyle sherman saunders wise "
        "colon gill alvarado greer padilla simon waters nunez ballard schwartz mcbride houston christensen "
        "klein pratt briggs parsons mclaughlin zimmerman french buchanan moran copeland roy pittman brady "
        "mccormick holloway brock poole frank logan owen bass marsh drake wong jefferson park morton "
        "abbott sparks patrick norton huff clayton massey lloyd figueroa carson bowers roberson barton tran "
        "lamb harrington casey boone cortez clarke mathis singleton wilkins cain bryan underwood hogan "
        "mckenzie collier luna phelps mcguire allison bridges wilkerson nash summers atkins wilcox pitts "
        "conley marquez burnett richard cochran chase davenport hood gates clay ayala sawyer roman vazquez "
        "dickerson hodge acosta flynn espinoza nicholson monroe wolf morrow kirk randall anthony whitaker "
        "oconnor skinner ware molina kirby huffman bradford charles gilmore dominguez oneal bruce lang "
        "combs kramer heath hancock gallagher gaines shaffer short wiggins mathews mcclain fischer wall "
        "small melton hensley bond dyer cameron grimes contreras christian wyatt baxter snow mosley "
        "shepherd larsen hoover beasley glenn petersen whitehead meyers keith garrison vincent shields "
        "horn savage olsen schroeder hartman woodard mueller kemp deleon booth patel calhoun wiley eaton "
        "cline navarro harrell lester humphrey parrish duran hutchinson hess dorsey bullock robles beard "
        "dalton avila vance rich blackwell york johns blankenship trevino salinas campos pruitt moses "
        "callahan golden montoya hardin guerra mcdowell carey stafford gallegos henson wilkinson booker "
        "merritt miranda atkinson orr decker hobbs preston tanner knox pacheco stephenson glass rojas "
        "serrano marks hickman english sweeney strong prince mcclure conway walter roth maynard farrell "
        "lowery hurst nixon weiss trujillo ellison sloan juarez winters mclean randolph leon boyer "
        "villarreal mccall gentry carrillo kent ayers lara shannon sexton pace hull leblanc browning "
        "velasquez leach chang house sellers herring noble foley bartlett mercado landry durham walls "
        "barr mckee bauer rivers everett bradshaw pugh velez rush estes dodson morse sheppard weeks "
        "camacho bean barron livingston middleton spears branch blevins chen kerr mcconnell hatfield "
        "harding ashley solis herman frost giles blackburn william pennington woodward finley mcintosh "
        "koch best solomon mccullough dudley nolan blanchard rivas brennan mejia kane benton joyce "
        "buckley haley valentine maddox russo mcknight buck moon mcmillan crosby berg dotson mays roach "
        "church chan richmond meadows faulkner oneill knapp kline barry ochoa jacobson gay avery hendricks "
        "horne shepard hebert cherry cardenas mcintyre whitney waller holman donaldson cantu terrell "
        "morin gillespie fuentes tillman sanford bentley peck key salas rollins gamble dickson battle "
        "santana cabrera cervantes howe hinton hurley spence zamora yang mcneil suarez case petty gould "
        "mcfarland sampson carver bray rosario macdonald stout hester melendez dillon farley hopper "
        "galloway potts bernard joyner stein aguirre osborn mercer bender franco rowland sykes benjamin "
        "travis pickett crane sears mayo dunlap hayden wilder mckay coffey mccarty ewing cooley vaughan "
        "bonner cotton holder stark ferrell cantrell fulton lynn lott calderon rosa pollard hooper burch "
        "mullen fry riddle levy david duke odonnell guy michael britt frederick daugherty berger dillard "
        "alston jarvis frye riggs chaney odom duffy fitzpatrick valenzuela merrill mayer alford mcpherson "
        "acevedo donovan barrera albert cote reilly compton raymond mooney mcgowan craft cleveland "
        "clemons wynn nielsen baird stanton snider rosales bright witt stuart hays holden rutledge "
        "kinney clements castaneda slater hahn emerson conrad burks delaney pate lancaster sweet justice "
        "tyson sharpe whitfield talley macias irwin burris ratliff mccray madden kaufman beach goff cash "
        "bolton mcfadden levine good byers kirkland kidd workman carney dale mcleod holcomb england finch "
        "head burt hendrix sosa haney franks sargent nieves downs rasmussen bird hewitt lindsay le foreman "
        "valencia oneil delacruz vinson dejesus hyde forbes gilliam guthrie wooten huber barlow boyle "
        "mcmahon buckner rocha puckett langley knowles cooke velazquez whitley noel vang "
        "muller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter klein "
        "wolf schroder neumann schwarz zimmermann braun kruger hofmann hartmann lange schmitt werner "
        "dubois durand lefebvre moreau laurent simon michel leroy roux rossi russo ferrari esposito "
        "bianchi romano colombo ricci marino greco bruno gallo conti de jong jansen de vries van dijk "
        "bakker visser smit meijer de boer mulder janssen nowak kowalski wisniewski kaminski "
        "ivanov petrov smirnov andersson johansson karlsson nilsson eriksson larsson olsson persson "
        "hansen nielsen pedersen jensen christensen korhonen virtanen nieminen silva santos ferreira "
        "pereira oliveira costa rodrigues martins sato suzuki takahashi tanaka watanabe ito yamamoto "
        "nakamura kim lee park choi wang zhang liu chen yang huang zhao wu zhou singh kumar sharma "
        "gupta khan"_s);
    return set;
}

// Words that start sentences or name things other than people; a
// capitalised one is still not a name.
const QSet<QString> &notNames()
{
    static const QSet<QString> set = wordSet(
        u"i i'm i'll i've i'd a an the this that these those it it's its he she we they you your yours my "
        "mine our his her their them me us him hi hello hey dear thanks thank please yes yeah yep no nope "
        "ok okay sure well so and but or if then when where what why how who which while because also "
        "just very really actually sorry great good fine perfect right alright absolutely certainly "
        "of course let let's can could would should will shall may might must do does did don't doesn't "
        "didn't is are was were be been being have has had not never always sometimes there here now "
        "today tomorrow yesterday tonight morning afternoon evening night week month year "
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
        "july august september october november december mr mrs ms miss dr sir madam "
        "visa mastercard amex discover paypal apple google microsoft amazon gmail yahoo hotmail outlook "
        "iphone android windows customer customers rep agent manager supervisor team support service "
        // Technology and products callers name with a capital: not people.
        "wi-fi wifi bluetooth ethernet usb hdmi dsl adsl fibre fiber router modem 4g 5g lte sim esim "
        "ipad ipod mac macbook imac airpods chromebook kindle alexa siri roku firestick chromecast "
        "xbox playstation nintendo netflix youtube spotify disney hulu facebook instagram whatsapp "
        "tiktok twitter zoom teams skype linux chrome firefox safari edge excel word powerpoint "
        "account card bank order number phone email address street road avenue lane drive court "
        "billing shipping delivery refund payment credit debit balance invoice ticket case "
        "one two three four five six seven eight nine ten first second third next last "
        "english french german spanish italian american british canadian usa uk us eu "
        "north south east west new old big small great little high low "
        "max pro plus mini ultra lite "
        "reps agents authentic csat nps aht fcr qa "
        "bot user website web fax mobile desk office tel cell home work email e-mail www http https "
        "american african asian european british english scottish welsh irish french german dutch "
        "belgian swiss austrian italian spanish portuguese greek turkish russian ukrainian polish czech "
        "slovak slovenian hungarian romanian bulgarian serbian croatian bosnian albanian swedish "
        "norwegian danish finnish icelandic estonian latvian lithuanian chinese japanese korean "
        "vietnamese thai indian pakistani arab arabic persian israeli egyptian mexican brazilian "
        "argentinian canadian australian muslim christian jewish catholic hindu buddhist"_s);
    return set;
}

bool contains(const QSet<QString> &set, QStringView word)
{
    return set.contains(word.toString().toCaseFolded());
}

} // namespace

bool NameList::isGivenName(QStringView word)
{
    return contains(givenNames(), word);
}

bool NameList::isSurname(QStringView word)
{
    return contains(surnames(), word);
}

bool NameList::isCommonWord(QStringView word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        QFile file(u":/redact/english-words.txt"_s);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray data = file.readAll();
            set.reserve(45000);
            for (const QByteArray &line : data.split('\n')) {
                if (!line.isEmpty())
                    set.insert(QString::fromLatin1(line));
            }
        }
        return set;
    }();
    const QString lower = word.toString().toLower();
    if (words.contains(lower))
        return true;
    // The list holds stems: "reps", "hidden", "scripted", "training" are words too.
    for (const QStringView suffix : { u"s", u"es", u"ed", u"ing", u"ly" }) {
        if (lower.size() > suffix.size() + 2 && lower.endsWith(suffix)) {
            const QString stem = lower.chopped(suffix.size());
            if (words.contains(stem) || words.contains(stem + u'e'))
                return true;
        }
    }
    // "High-volume", "Follow-up": a compound of words.
    if (lower.contains(u'-')) {
        const QStringList parts = lower.split(u'-', Qt::SkipEmptyParts);
        return !parts.isEmpty() && std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) {
            return isCommonWord(part);
        });
    }
    return false;
}

bool NameList::isNotAName(QStringView word)
{
    return contains(notNames(), word);
}

} // namespace coach

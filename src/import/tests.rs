//! Unit tests for the importer, on the real seed articles embedded below (CI clones the
//! repository on its own, without `../shared/seeds`, so the texts are copied in verbatim).

use super::*;
use std::fs;
use std::path::{Path, PathBuf};

/// `000_fa9047c7da30c20c.txt`, verbatim.
const SEED_000: &str = r#"استضاف الرئيس الروسي فلاديمير بوتين نظيره الإيراني الأربعاء ، وأشاد بتعاون البلدين بشأن الأزمة في سوريا وغيرها من القضايا الدولية.
توحدت روسيا وإيران قواهما لدعم بشار الأسد ، ومساعدة نظامه على استعادة معظم أراضي البلاد .
لقد قامت موسكو بعملية توازن دقيقة ، حيث حافظت على الاتصالات مع إيران وفي الوقت نفسه أقامت علاقات دافئة مع إسرائيل ، التي تنظر إلى الوجود الإيراني في سوريا على أنه خط أحمر. في عام 2018 ، أبرمت روسيا صفقة مع إيران لإبقاء مقاتليها بعيدًا عن مرتفعات الجولان لمراعاة المخاوف الإسرائيلية بشأن ترسيخ إيران في سوريا.
كما شاركت روسيا بنشاط في المحادثات الدولية التي تهدف إلى إنقاذ اتفاق إيران النووي الممزق لعام 2015 مع القوى العالمية. انسحبت الولايات المتحدة من الاتفاقية في عام 2018 في عهد الرئيس آنذاك دونالد ترامب ، بينما أشار الرئيس جو بايدن إلى رغبته في العودة إلى الاتفاق.
كان الهدف من اتفاقية 2015 كبح جماح البرنامج النووي الإيراني مقابل تخفيف العقوبات الاقتصادية. ولا تزال بريطانيا وفرنسا وألمانيا وروسيا والصين جزءًا من الاتفاقية.
في بداية محادثات يوم الأربعاء ، أخبر بوتين رئيسي أيضًا أنه يود مناقشة مخاوفهما المشتركة بشأن الوضع في أفغانستان.
وقال رئيسي ، إن إيران مستعدة لتوسيع التعاون مع روسيا في المجالات السياسية والاقتصادية والدفاعية والأمنية واستكشاف الفضاء.
لفت بوتين إلى أنه لا يزال على تواصل مستمر مع رئيسي منذ تولي الأخير الرئاسة الإيرانية، مقرا بأن الاتصالات الهاتفية أو بواسطة الفيديو لا تستطيع استبدال الاجتماعات وجها لوجه.
وأشاد الرئيس الروسي بتطوير العلاقات بين إيران والاتحاد الاقتصادي الأوروآسيوي والعمل الجاري على إنشاء منطقة تجارة حرة.
وطلب بوتين من رئيسي نقل أطيب تمنياته إلى المرشد الأعلى الإيراني علي خامنئي.
بدوره، شدد رئيسي على أهمية تجربة التعاون بين إيران وروسيا في سوريا، مشيرا إلى إمكانية الاستفادة من هذه التجربة في مجالات أخرى.
وأكد رئيسي أن الجانب الإيراني سلم إلى روسيا مشروعا للتعاون الاستراتيجي لمدة 20 عاما.
وتعهد رئيس النظام الإيراني بأن إيران لن تتوقف عن التطور بسبب التهديدات أو العقوبات الغربية، مؤكدا في الوقت نفسه أن طهران تبذل جهودا الآن بغية رفع العقوبات المفروضة عليها.
ورجح رئيسي أن موسكو وطهران قد تتعاونان في مواجهة الخطوات الأمريكية أحادية الجانب على الصعيد الدولي، مضيفا: “ليس لدينا في جمهورية إيران الإسلامية أي قيود على تطوير وتوسيع العلاقات مع روسيا الصديقة.. هذه العلاقات لن تكون قصيرة المدى وتكتيكية بل إنها ستكون دائمة واستراتيجية”.
وأعرب رئيسي عن تطلع إيران إلى تطوير علاقاتها مع روسيا في المجالات الاقتصادية والسياسية والثقافية والعلمية والتكنولوجية والدفاعية والعسكرية، بالإضافة إلى الأمن والفضاء ومجالات أخرى."#;

/// `001_16c2f99763671591.txt`, verbatim.
const SEED_001: &str = r#"موقع مصرنا الإخباري:
القمة الروسية الإيرانية التي عقدت اليوم في موسكو ، ويؤكد الرئيس الإيراني إبراهيم رئيسي أنه في ظل سياسة الدول والغرب ، يجب تعزيز العلاقات بين البلدين.
عقدت القمة الروسية الإيرانية في موسكو اليوم الأربعاء ، حيث استقبل الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي.
وأوضح رئيسي في بداية الاجتماع أنه لن تكون هناك حدود لـ “توسيع وتطوير العلاقات مع روسيا الصديقة” ، مشيرا إلى أن “العلاقات مع روسيا ستتطور إلى علاقات استراتيجية”.
وقال: “في ضوء سياسة الولايات المتحدة والغرب ، يجب أن تكون علاقاتنا أقوى” ، مضيفًا: “نحن نواجه الولايات المتحدة مع روسيا منذ 40 عامًا”.
ويأمل الرئيس الإيراني أن تنجح جهود إيران لرفع العقوبات عن إيران.
وقال “قدمنا لأصدقائنا الروس مسودة رؤيتنا حول الاتفاقية الاستراتيجية بين البلدين” ، موضحا أن إيران لديها وثائق حول التعاون الاستراتيجي يمكن أن تحدد أفق هذا التعاون على مدى 20 عاما.
وقال رئيسي إن العلاقات التجارية والاقتصادية في الوقت الحاضر غير مرضية وإن إيران وروسيا تبذلان جهودًا لتحسين التعاون في مجالات متعددة. وأعرب عن أمله في “التوقيع على عدة اتفاقيات خلال زيارتنا” من شأنها تحسين التعاون ، حيث تسعى إيران إلى رفع مستوى التعاون الدبلوماسي مع جيرانها.
وأشاد رئيسي وبوتين بالتعاون الثنائي في سوريا. أكد رئيسي أن مثل هذا المثال الجيد يجب أن يمتد إلى ملفات أخرى على الطاولة. وقال: “لدينا تجربة جيدة للغاية في التعاون مع روسيا في سوريا ، وهذا تعاون في مكافحة الإرهاب في المنطقة ، في الجمهورية العربية السورية. وأضاف رئيسي” هذه التجربة الجيدة للغاية يمكن أن تخلق لنا الشروط المسبقة. لتطبيق هذه التجربة في العديد من المجالات الأخرى “.
وأخيراً ، نقل رئيسي من جانبه تحيات الزعيم الإيراني علي خامنئي إلى بوتين ، قائلاً إن الأخ القائد نقل إليه أطيب تحياته ، ويحث على تعزيز العلاقات معكم.
بوتين: دعم موسكو وطهران كان عاملاً حاسمًا ساعد سوريا في التغلب على التهديدات
من جانبه شكر الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي على قبول زيارته لموسكو رغم تفشي الوباء ، نظرا لأهمية المرحلة الحالية في العلاقات الدولية.
وطلب بوتين من رئيسي نقل أطيب تحياته إلى المرشد الأعلى آية الله علي خامنئي. وأضاف بوتين “أنا على اتصال دائم بكم [إيران] لمناقشة القضايا الدولية”.
وأشار بوتين إلى أن “دعم موسكو وطهران أصبح عاملا حاسما في مساعدة سوريا على التغلب على التهديدات الإرهابية على أراضيها” ، قائلا إن “جهودنا ساعدت بشكل كبير الحكومة السورية في التغلب على التهديدات المرتبطة بالإرهاب الدولي”.
وأعرب الرئيس الروسي عن رغبته في الاطلاع على مواقف نظيره الإيراني بشأن التطورات الأخيرة في أفغانستان. وقال عن الموضوع: “الآن ، بالطبع ، نحن وأنتم قلقون من الوضع الذي يتطور في أفغانستان. أود أن أناقش كل هذه القضايا معكم ، لمعرفة موقفكم من هذه المشكلة”.
وبشأن البرنامج النووي الإيراني ، قال بوتين: “بالطبع ، من المهم جدًا بالنسبة لي أن أعرف موقفك من خطة العمل الشاملة المشتركة” ، موضحًا أن التجارة بين البلدين زادت بأكثر من 38٪ العام الماضي ، على الرغم من انتشار فيروس كورونا.
تصريحات رئيسي الصباحية
وصل الرئيس الإيراني إبراهيم رئيسي ، صباح اليوم ، إلى موسكو في زيارة رسمية بدعوة من نظيره الروسي فلاديمير بوتين.
قال الرئيس الإيراني إبراهيم رئيسي قبل مغادرته طهران إن زيارته الحالية لموسكو يمكن أن تكون “بالنظر إلى العلاقات السياسية والاقتصادية والتجارية بين البلدين في مختلف المجالات ، يمكن أن تكون الزيارة نقطة تحول لجميع علاقاتنا مع روسيا. ”
وأضاف أن إيران وروسيا تعتبران دولتين مهمتين وقويتين ، وسيكون للمحادثات بين البلدين تأثير على ضمان أمن المنطقة وتعزيز العلاقات الاقتصادية والتجارية الإقليمية."#;

/// `002_0b59961d683fc49e.txt`, verbatim.
const SEED_002: &str = r#"اتفاق بين بوتين و الرئيس الإيراني
أكد الرئيسان الروسي فلاديمير بوتين والإيراني مسعود بزشكيان اليوم الجمعة مواصلة العمل على المشاريع المشتركة ومنها مجال الطاقة الذرية، وذلك ضمن محادثات في موسكو تمهيدا لتوقيع اتفاقية شراكة إستراتيجية بين البلدين تتضمن تعاونا دفاعيا.
ووصف بوتين اتفاقية الشراكة بين بلاده وإيران بأنها تعطي البلدين دفعة جديدة لتطوير العلاقات، في حين قال بزشكيان لنظيره الروسي -في الكرملين- "أعتقد أننا قادرون على الانتهاء من اتفاقياتنا بشأن بناء محطة نووية".
وتشمل المباحثات تعزيز التعاون الثنائي في مجالات متعددة، منها الأمن والدفاع والطاقة وتكنولوجيا الفضاء والاقتصاد، بالإضافة إلى مناقشة أهم القضايا الإقليمية والدولية، خاصة الأوضاع في سوريا والشرق الأوسط.
وأكد الجانبان في وقت سابق أن اتفاقية الشراكة الإستراتيجية بين البلدين -التي تمتد 20 عاما- ليست تحالفا عسكريا ولا تستهدف دولا أخرى، بل "لتعزيز الأمن المشترك وحماية القيم الإنسانية".
كذلك أشار الجانب الإيراني إلى أن الاتفاقية ستسهم في تعزيز التعاون في إنشاء خط "شمال-جنوب" الذي يربط روسيا بالمحيط الهندي عبر إيران.
وكان الكرملين قال إن بوتين وبزشكيان سيناقشان خيارات لتوسيع نطاق العلاقات بين موسكو وطهران بشكل أكبر، منها خيارات في مجالات التجارة والاستثمار والنقل والخدمات اللوجستية والمجالات الإنسانية.
وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين "إيران شريك مهم لنا ونعمل على تطوير التعاون المتعدد الجوانب معها".
وهذه أول زيارة يجريها بزشكيان للكرملين منذ توليه الرئاسة في يوليو/تموز الماضي بعد مقتل سلفه إبراهيم رئيسي في حادث تحطم مروحية إلى جانب مسؤولين إيرانيين آخرين.
ووطدت روسيا علاقاتها مع إيران ودول أخرى توصف "بالمعادية" للولايات المتحدة، مثل كوريا الشمالية، منذ بداية الحرب في أوكرانيا، إلى جانب أن لديها اتفاقيات إستراتيجية مع كوريا الشمالية فضلا عن اتفاقية شراكة أخرى مع الصين.
وفي حين تحدثت تقارير عن أن روسيا تستخدم طائرات مسيرة إيرانية بشكل مكثف خلال الحرب في أوكرانيا، اتهمت واشنطن طهران في سبتمبر/أيلول الماضي بتسليم صواريخ باليستية قصيرة المدى إلى موسكو لاستخدامها في الحرب، في حين تنفي إيران ذلك.
وقد أحجم الكرملين عن تأكيد حصوله على صواريخ إيرانية، لكنه أقر بأن تعاونه مع طهران يشمل "المجالات الأكثر حساسية".
وتأتي زيارة بزشكيان إلى موسكو في وقت ترى تقارير أن النفوذ الإيراني يتراجع في منطقة الشرق الأوسط بعد الإطاحة بحليفها بشار الأسد في سوريا، الذي أعلنت موسكو أنه "في ضيافتها" عقب الإطاحة بنظامه في الثامن من ديسمبر/كانون الأول الماضي."#;

/// `003_36689bd3e2b746b9.txt`, verbatim.
const SEED_003: &str = r#"بوتين يستقبل رئيسي ويُشيد بالعلاقات الثنائية

02 : 00

مصافحة بين بوتين ورئيسي في موسكو أمس (أ ف ب)

أشاد الرئيس الروسي فلاديمير بوتين بتطور العلاقات بين موسكو وطهران خلال استقباله نظيره الإيراني إبراهيم رئيسي في الكرملين أمس، حيث عقدا محادثات تناولت بشكل خاص الحرب بين إسرائيل وحركة «حماس». وأكد بوتين في مستهلّ اللقاء الذي بثه التلفزيون الروسي أن «علاقاتنا تتطور بشكل جيّد جدّاً»، متحدّثاً عن «مشاريع بنى تحتية كبيرة» مشتركة وتعاون في مجال الطاقة «وكلّ المجالات تقريباً».

وفي هذا السياق، كشف بوتين أن موسكو وطهران ستوقعان «في الأيام الأخيرة من هذا الشهر» اتفاقاً لإنشاء منطقة تجارة حرّة بين إيران والاتحاد الاقتصادي الأوراسي الذي ترأسه موسكو ويضمّ جمهوريات سوفياتية سابقة، بعدما كانت وكالة «إرنا» الإيرانية قد أفادت الثلثاء أن رئيسي سيزور موسكو على رأس «وفد سياسي اقتصادي رفيع المستوى» تلبيةً لدعوة من بوتين.

من جهته، دعا رئيسي نظيره الروسي إلى زيارة طهران، فيما قبِل بوتين الدعوة من دون الإعلان عن موعد لهذه الرحلة التي ستكون الأولى بعد زيارة بوتين طهران للمرّة الأخيرة في تموز عام 2022 من أجل قمّة مع رئيسي ونظيرهما التركي رجب طيب أردوغان. وأشار رئيسي الذي يُتّهم بلده بتزويد موسكو بطائرات مسيّرة هجومية تستخدمها في غزوها لأوكرانيا، إلى أن «التفاعل مع بلدنا الصديق روسيا قد تقدّم بشكل جيّد في السنوات الأخيرة».

أمّا في ما يتعلّق بالحرب في غزة، فدعا رئيسي مجدّداً إلى «وقف القصف الإسرائيلي في أقرب وقت مُمكن»، معتبراً أن «هذه القضية تُمثل اليوم مشكلة ليس بالنسبة إلى منطقتنا فحسب، بل أيضاً للإنسانية جمعاء». ورأى أن العملية العسكرية الإسرائيلية في غزة بمثابة «إبادة» و»جريمة ضدّ الإنسانية» تحظيان بدعم من الولايات المتحدة الحليفة لإسرائيل.

وتأتي زيارة رئيسي إلى موسكو بعد يوم من زيارة بوتين، الإمارات والسعودية. واتفقت الرياض وموسكو على ضرورة وقف العمليات العسكرية في الأراضي الفلسطينية، وأهمّية التزام إيران بسلمية برنامجها النووي وإجراء مفاوضات شاملة تُشارك فيها دول المنطقة، ودعم التوصّل إلى حلّ سياسي شامل لأزمة اليمن، ودعم استقرار سوريا ووحدة أراضيها، فضلاً عن تعزيز التعاون المشترك بين الرياض وموسكو في العديد من المجالات، وفق بيان سعودي - روسي مشترك صدر أمس.

وفي الجانب الدفاعي والأمني، اتفق الجانبان على تعزيز التعاون الدفاعي بما يدعم ويُحقق المصالح المشتركة بين البلدَين. وأكدا رغبتهما في تعزيز التعاون الأمني القائم والتنسيق حيال الموضوعات ذات الاهتمام المشترك، بما في ذلك مكافحة الجرائم بكلّ أشكالها ومكافحة الإرهاب والتطرّف وتمويلهما وتبادل المعلومات لمواجهة التنظيمات الإرهابية، بما يُحقق الأمن والاستقرار في البلدَين.


MISS 3"#;

/// `004_6f0a9217f2707c77.txt`, verbatim.
const SEED_004: &str = r#"في إطار تعزيز العلاقات الثنائية بين روسيا وإيران، دعا الرئيس الروسي "فلاديمير بوتين" الرئيس الإيراني "مسعود بيزشكيان"، للقيام بزيارة رسمية إلى موسكو.

حيث تأتي هذه الدعوة عقب أول لقاء مباشر بين الزعيمين منذ انتخاب "بيزشكيان" رئيساً لإيران، بينما اجتمعا في العاصمة التركمانية عشق آباد، وهذا اللقاء يحمل دلالات سياسية واقتصادية هامة، خصوصاً أنه يأتي في وقت يشهد فيه العالم تحولات كبيرة في العلاقات الدولية.

كما تعتبر هذه المحادثات أول حوار مباشر بين بوتين وبيزشكيان، مما يعكس رغبة كلا البلدين في تعزيز التعاون المشترك على مختلف الأصعدة، سواء على المستوى الاقتصادي أو السياسي، وخلال اللقاء عبر بوتين عن تقديره لعلاقة بلاده مع إيران.

حيث أشار إلى أن التعاون بين البلدين يتسم بالتوافق في العديد من القضايا الدولية، وأضاف قائلاً:

“نعمل معًا بنشاط على الساحة الدولية، وغالبًا ما تكون تقييماتنا للأحداث الجارية في العالم متقاربة جدًا”.

كما أن هذه التصريحات تعكس مدى التقارب بين البلدين في وجهات النظر السياسية بشأن القضايا الدولية، بما في ذلك الأوضاع في منطقة الشرق الأوسط، وفي حديثه عن العلاقات الاقتصادية، أكد بوتين أن التبادل التجاري بين روسيا وإيران يشهد نمواً ملحوظاً، وقال الرئيس الروسي:

“نشهد هذا العام زيادة في التجارة المتبادلة بين البلدين، وعلى الرغم من أنها لم تتعاف بالكامل من الانخفاض الذي شهدته العام الماضي، إ لا أن الاتجاهات الحالية تشير إلى تحسن ملحوظ”.

لقاء موسكو

بينما يأتي هذا التحسن في وقت تشهد فيه العديد من الاقتصادات العالمية تقلبات بسبب الأوضاع السياسية والاقتصادية المتغيرة، إلا أن التعاون الروسي الإيراني يبدو أنه يسير في مسار إيجابي، وتتعاون الدولتان بشكل وثيق في مجالات متعددة مثل الطاقة والتكنولوجيا.

حيث قد تم توقيع عدة اتفاقيات اقتصادية بينهما في السنوات الأخيرة، كما تظل العلاقات السياسية والعسكرية بين روسيا وإيران من أهم جوانب التعاون بين البلدين، ويتعاون الطرفان في العديد من القضايا الإقليمية والدولية، ولديهما تاريخ طويل من التنسيق المشترك في منطقة الشرق الأوسط،.

كما تتمتع إيران وروسيا بتعاون وثيق في مجال الدفاع، وقد شهدت السنوات الأخيرة تعزيز هذا التعاون من خلال صفقات تسليح وتبادل الخبرات العسكرية، حيث أن البلدين يشتركان في رؤية مشتركة بشأن العديد من القضايا الإقليمية.

بما في ذلك النزاعات في سوريا واليمن، وأكد بوتين خلال اللقاء أن التعاون بين روسيا وإيران يلعب دوراً مهماً في استقرار منطقة الشرق الأوسط، وأضاف:


“نحن ندعم بشكل مشترك الجهود المبذولة لتعزيز الاستقرار في المنطقة ومكافحة الإرهاب”.

كما تعد إيران وروسيا شريكين رئيسيين في العديد من الملفات الدولية، بما في ذلك الأوضاع في سوريا، حيث دعمت الدولتان الحكومة السورية في مواجهة الجماعات المسلحة، حيث أن هناك تعاوناً مشتركاً بين البلدين في الملف النووي الإيراني.

وفي السنوات الأخيرة لعبت روسيا دوراً مهماً في المحادثات النووية بين إيران والقوى الدولية، وعلى الرغم من التوترات المستمرة بين إيران وبعض القوى الغربية، فإن موسكو تسعى دائماً إلى الحفاظ على استقرار العلاقات مع طهران.

بينما ناقش الزعيمان أيضاً الوضع في الشرق الأوسط، ويتوقع أن تكون هذه القضايا على رأس جدول الأعمال خلال زيارة "بيزشكيان" المقبلة إلى موسكو، وسيتم التركيز على تعزيز التنسيق المشترك بين البلدين في مواجهة التحديات الإقليمية والدولية."#;
fn import(raw: &str) -> ImportedArticle {
    import_text(raw, &ImportOptions::default())
}

/// `(line, kind, text)` of every note, for compact assertions.
fn notes(a: &ImportedArticle) -> Vec<(usize, NoteKind, &str)> {
    a.notes
        .iter()
        .map(|n| (n.line, n.kind.clone(), n.text.as_str()))
        .collect()
}

fn dropped(reason: &str) -> NoteKind {
    NoteKind::Dropped {
        reason: reason.to_string(),
    }
}

fn paragraphs(body: &str) -> Vec<&str> {
    body.split("\n\n").collect()
}

/// Renders Markdown with every pulldown-cmark extension that does not rewrite text (smart
/// punctuation does, on purpose) and returns the visible text of each block.
fn rendered_blocks(markdown: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let options = Options::all() - Options::ENABLE_SMART_PUNCTUATION;
    let mut blocks = Vec::new();
    let mut current = String::new();
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Text(t) => current.push_str(&t),
            Event::Start(Tag::Paragraph | Tag::Heading { .. }) => {}
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_)) => {
                blocks.push(std::mem::take(&mut current))
            }
            other => panic!("unexpected Markdown event {other:?} in {markdown:?}"),
        }
    }
    blocks
}

/// The text a reader must see: the seed's lines minus what the notes say was taken out.
fn expected_blocks(raw: &str, a: &ImportedArticle) -> Vec<String> {
    let removed: Vec<usize> = a
        .notes
        .iter()
        .filter(|n| {
            matches!(
                n.kind,
                NoteKind::Source | NoteKind::Headline | NoteKind::Dropped { .. }
            )
        })
        .map(|n| n.line)
        .collect();
    raw.lines()
        .enumerate()
        .filter(|(i, l)| !l.trim().is_empty() && !removed.contains(&(i + 1)))
        .map(|(_, l)| l.trim().replace("إ لا", "إلا"))
        .collect()
}

// ---- whole seeds: the decisions the README asks a careful importer to make

#[test]
fn seed_000_no_headline_title_derived() {
    let a = import(SEED_000);
    assert_eq!(
        a.title,
        "استضاف الرئيس الروسي فلاديمير بوتين نظيره الإيراني الأربعاء"
    );
    assert_eq!(a.title_source, TitleSource::Derived);
    assert_eq!(a.source, None);
    assert_eq!(
        notes(&a),
        vec![(
            1,
            NoteKind::DerivedTitle,
            "derived from the first sentence; revise it"
        )]
    );
    assert_eq!(paragraphs(&a.body).len(), 15);
}

#[test]
fn seed_001_source_line_derived_title_and_heading() {
    let a = import(SEED_001);
    assert_eq!(a.source.as_deref(), Some("موقع مصرنا الإخباري"));
    assert_eq!(a.title, "القمة الروسية الإيرانية التي عقدت اليوم في موسكو");
    assert_eq!(a.title_source, TitleSource::Derived);
    assert_eq!(
        notes(&a),
        vec![
            (1, NoteKind::Source, "موقع مصرنا الإخباري:"),
            (
                2,
                NoteKind::DerivedTitle,
                "derived from the first sentence; revise it"
            ),
            (17, NoteKind::Heading, "تصريحات رئيسي الصباحية"),
        ]
    );
    assert!(!a.body.contains("موقع مصرنا"));
    assert!(a.body.starts_with("القمة الروسية الإيرانية التي عقدت"));
    assert!(a.body.contains("\n\n## تصريحات رئيسي الصباحية\n\n"));
}

#[test]
fn seed_002_headline_becomes_title() {
    let a = import(SEED_002);
    assert_eq!(a.title, "اتفاق بين بوتين و الرئيس الإيراني");
    assert_eq!(a.title_source, TitleSource::Headline);
    assert_eq!(
        notes(&a),
        vec![(1, NoteKind::Headline, "اتفاق بين بوتين و الرئيس الإيراني")]
    );
    assert!(a.body.starts_with("أكد الرئيسان الروسي فلاديمير بوتين"));
    assert_eq!(paragraphs(&a.body).len(), 12);
}

#[test]
fn seed_003_headline_and_noise_dropped() {
    let a = import(SEED_003);
    assert_eq!(a.title, "بوتين يستقبل رئيسي ويُشيد بالعلاقات الثنائية");
    assert_eq!(a.title_source, TitleSource::Headline);
    assert_eq!(
        notes(&a),
        vec![
            (
                1,
                NoteKind::Headline,
                "بوتين يستقبل رئيسي ويُشيد بالعلاقات الثنائية"
            ),
            (3, dropped("time code"), "02 : 00"),
            (
                5,
                dropped("photo caption"),
                "مصافحة بين بوتين ورئيسي في موسكو أمس (أ ف ب)"
            ),
            (20, dropped("stray marker"), "MISS 3"),
        ]
    );
    assert_eq!(paragraphs(&a.body).len(), 6);
    assert!(a.body.starts_with("أشاد الرئيس الروسي"));
    assert!(a.body.ends_with("في البلدَين."));
}

#[test]
fn seed_004_joined_word_and_heading() {
    let a = import(SEED_004);
    assert_eq!(a.title, "في إطار تعزيز العلاقات الثنائية بين روسيا وإيران");
    assert_eq!(a.title_source, TitleSource::Derived);
    assert_eq!(
        notes(&a),
        vec![
            (
                1,
                NoteKind::DerivedTitle,
                "derived from the first sentence; revise it"
            ),
            (13, NoteKind::Joined, "إ لا → إلا"),
            (15, NoteKind::Heading, "لقاء موسكو"),
        ]
    );
    assert!(a.body.contains("الماضي، إلا أن الاتجاهات"));
    assert!(!a.body.contains("إ لا"));
    assert!(a.body.contains("\n\n## لقاء موسكو\n\n"));
}

#[test]
fn every_seed_renders_to_exactly_its_text() {
    for raw in [SEED_000, SEED_001, SEED_002, SEED_003, SEED_004] {
        let a = import(raw);
        assert_eq!(rendered_blocks(&a.body), expected_blocks(raw, &a));
    }
}

// ---- normalisation

#[test]
fn bom_crlf_and_trailing_whitespace_are_normalised() {
    let raw = "\u{feff}اتفاق بين بوتين و الرئيس الإيراني  \r\n\r\n\r\nأكد الرئيسان الروسي فلاديمير بوتين والإيراني مسعود بزشكيان. \t\r\n";
    let a = import(raw);
    assert_eq!(a.title, "اتفاق بين بوتين و الرئيس الإيراني");
    assert_eq!(
        a.body,
        "أكد الرئيسان الروسي فلاديمير بوتين والإيراني مسعود بزشكيان."
    );
    assert_eq!(a.notes[0].line, 1);
}

#[test]
fn lone_carriage_returns_end_lines() {
    let a = import("بوتين يستقبل رئيسي\r02 : 00\rأشاد الرئيس الروسي فلاديمير بوتين.");
    assert_eq!(a.title, "بوتين يستقبل رئيسي");
    assert_eq!(notes(&a)[1], (2, dropped("time code"), "02 : 00"));
}

#[test]
fn blank_lines_only_separate_paragraphs() {
    let raw = "أشاد الرئيس الروسي فلاديمير بوتين بتطور العلاقات.\n\n\n\nوفي هذا السياق، كشف بوتين.\n";
    let a = import(raw);
    assert_eq!(
        a.body,
        "أشاد الرئيس الروسي فلاديمير بوتين بتطور العلاقات.\n\nوفي هذا السياق، كشف بوتين."
    );
}

#[test]
fn tashkeel_and_quotes_are_kept_exactly() {
    let line = "ورأى أن العملية العسكرية الإسرائيلية في غزة بمثابة «إبادة» و»جريمة ضدّ الإنسانية» تحظيان بدعم من الولايات المتحدة الحليفة لإسرائيل.";
    let quoted = "“نعمل معًا بنشاط على الساحة الدولية، وغالبًا ما تكون تقييماتنا للأحداث الجارية في العالم متقاربة جدًا”.";
    let straight = "وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين \"إيران شريك مهم لنا ونعمل على تطوير التعاون المتعدد الجوانب معها\".";
    let a = import(&format!("{line}\n{quoted}\n{straight}"));
    assert_eq!(paragraphs(&a.body), vec![line, quoted, straight]);
}

// ---- source line

#[test]
fn source_line_is_taken_without_colon() {
    let raw = "موقع مصرنا الإخباري:\nالقمة الروسية الإيرانية التي عقدت اليوم في موسكو ، ويؤكد الرئيس الإيراني إبراهيم رئيسي أنه في ظل سياسة الدول والغرب ، يجب تعزيز العلاقات بين البلدين.";
    let a = import(raw);
    assert_eq!(a.source.as_deref(), Some("موقع مصرنا الإخباري"));
    assert!(a.body.starts_with("القمة"));
}

#[test]
fn lead_in_to_a_quote_is_not_a_source() {
    let raw =
        "وأضاف:\n“نحن ندعم بشكل مشترك الجهود المبذولة لتعزيز الاستقرار في المنطقة ومكافحة الإرهاب”.";
    let a = import(raw);
    assert_eq!(a.source, None);
    assert!(a.body.starts_with("وأضاف:"));
}

#[test]
fn long_or_latin_colon_lines_are_not_sources() {
    let long = "حيث أشار إلى أن التعاون بين البلدين يتسم بالتوافق في العديد من القضايا الدولية، وأضاف قائلاً:\nنص.";
    assert_eq!(import(long).source, None);
    assert_eq!(import("Source:\nنص المقال.").source, None);
}

// ---- headline

#[test]
fn first_line_ending_like_a_sentence_is_not_a_headline() {
    let a000 = "استضاف الرئيس الروسي فلاديمير بوتين نظيره الإيراني الأربعاء ، وأشاد بتعاون البلدين بشأن الأزمة في سوريا وغيرها من القضايا الدولية.";
    let a004 = "في إطار تعزيز العلاقات الثنائية بين روسيا وإيران، دعا الرئيس الروسي \"فلاديمير بوتين\" الرئيس الإيراني \"مسعود بيزشكيان\"، للقيام بزيارة رسمية إلى موسكو.";
    assert!(!is_headline(a000));
    assert!(!is_headline(a004));
    assert!(is_headline("اتفاق بين بوتين و الرئيس الإيراني"));
    assert!(is_headline("بوتين يستقبل رئيسي ويُشيد بالعلاقات الثنائية"));
    assert!(!is_headline("بوتين يستقبل رئيسي،"));
    assert!(!is_headline("قال بوتين: «نعم.»"));
}

#[test]
fn headline_needs_text_after_it() {
    let a = import("بوتين يستقبل رئيسي ويُشيد بالعلاقات الثنائية");
    assert_eq!(a.title_source, TitleSource::Derived);
    assert_eq!(a.body, "بوتين يستقبل رئيسي ويُشيد بالعلاقات الثنائية");
}

#[test]
fn headline_over_fourteen_words_is_text() {
    let line = "بوتين: دعم موسكو وطهران كان عاملاً حاسمًا ساعد سوريا في التغلب على التهديدات الإرهابية في المنطقة";
    assert!(!is_headline(line));
}

// ---- derived title

#[test]
fn derived_title_stops_at_first_clause() {
    assert_eq!(
        derive_title("القمة الروسية الإيرانية التي عقدت اليوم في موسكو ، ويؤكد الرئيس الإيراني."),
        "القمة الروسية الإيرانية التي عقدت اليوم في موسكو"
    );
    assert_eq!(
        derive_title("في إطار تعزيز العلاقات الثنائية بين روسيا وإيران، دعا الرئيس الروسي."),
        "في إطار تعزيز العلاقات الثنائية بين روسيا وإيران"
    );
}

#[test]
fn derived_title_keeps_at_most_twelve_words() {
    let line = "وأشاد الرئيس الروسي بتطوير العلاقات بين إيران والاتحاد الاقتصادي الأوروآسيوي والعمل الجاري على إنشاء منطقة تجارة حرة.";
    assert_eq!(
        derive_title(line),
        "وأشاد الرئيس الروسي بتطوير العلاقات بين إيران والاتحاد الاقتصادي الأوروآسيوي والعمل الجاري"
    );
}

#[test]
fn derived_title_ignores_points_inside_numbers() {
    assert_eq!(
        derive_title("زادت التجارة 3.5 مليار دولار. وقال"),
        "زادت التجارة 3.5 مليار دولار"
    );
}

#[test]
fn derived_title_from_leading_punctuation_falls_back_to_words() {
    assert_eq!(derive_title("، نص بعد فاصلة"), "، نص بعد فاصلة");
    assert_eq!(derive_title("..."), "");
}

// ---- noise

#[test]
fn time_codes_are_noise() {
    for line in ["02 : 00", "02:00", "1:23:45", "1 : 23 : 45", "٠٢ : ٠٠"] {
        assert_eq!(noise_reason(line), Some("time code"), "{line}");
    }
    for line in ["2018", "20 عاما", "02 : 0", "12:345", ":", "1:2:3:4"] {
        assert_eq!(noise_reason(line), None, "{line}");
    }
}

#[test]
fn latin_markers_are_noise() {
    assert_eq!(noise_reason("MISS 3"), Some("stray marker"));
    assert_eq!(noise_reason("VIDEO"), Some("stray marker"));
    assert_eq!(noise_reason("Miss 3"), None);
    assert_eq!(noise_reason("MISS 3 في"), None);
    assert_eq!(noise_reason("A B C D"), None);
}

#[test]
fn photo_captions_with_agency_credit_are_noise() {
    for line in [
        "مصافحة بين بوتين ورئيسي في موسكو أمس (أ ف ب)",
        "بوتين ورئيسي في الكرملين (رويترز)",
        "بوتين ورئيسي في الكرملين (AFP)",
        "بوتين ورئيسي في الكرملين (أ.ف.ب)",
        "بوتين ورئيسي في الكرملين (الأناضول)",
        "بوتين ورئيسي في الكرملين (رويترز - أرشيف)",
    ] {
        assert_eq!(noise_reason(line), Some("photo caption"), "{line}");
    }
}

#[test]
fn long_paragraph_or_other_parentheses_are_not_captions() {
    let long = "أشاد الرئيس الروسي فلاديمير بوتين بتطور العلاقات بين موسكو وطهران خلال استقباله نظيره الإيراني إبراهيم رئيسي في الكرملين أمس (أ ف ب)";
    assert_eq!(noise_reason(long), None);
    assert_eq!(noise_reason("مصافحة بين بوتين ورئيسي (أرشيف)"), None);
    assert_eq!(noise_reason("مصافحة بين بوتين ورئيسي (أ ف ب"), None);
}

// ---- sub-headings

#[test]
fn short_middle_lines_become_headings() {
    assert!(is_heading("تصريحات رئيسي الصباحية"));
    assert!(is_heading("لقاء موسكو"));
    let raw = "وبشأن البرنامج النووي الإيراني ، قال بوتين.\nتصريحات رئيسي الصباحية\nوصل الرئيس الإيراني إبراهيم رئيسي ، صباح اليوم ، إلى موسكو.";
    let a = import(raw);
    assert_eq!(paragraphs(&a.body)[1], "## تصريحات رئيسي الصباحية");
    assert_eq!(
        notes(&a)[1],
        (2, NoteKind::Heading, "تصريحات رئيسي الصباحية")
    );
}

#[test]
fn lead_ins_quotes_and_long_lines_are_not_headings() {
    assert!(!is_heading("وأضاف:"));
    assert!(!is_heading("وقال الرئيس الروسي:"));
    assert!(!is_heading("“نحن ندعم الجهود”."));
    assert!(!is_heading("«نحن ندعم الجهود»"));
    // 13 words: a heading in the original site, but beyond the 7-word rule; kept as text.
    assert!(!is_heading(
        "بوتين: دعم موسكو وطهران كان عاملاً حاسمًا ساعد سوريا في التغلب على التهديدات"
    ));
    assert!(!is_heading("ويأمل الرئيس الإيراني أن تنجح جهود إيران."));
}

#[test]
fn first_and_last_lines_are_not_headings() {
    let raw = "أشاد الرئيس الروسي.\nلقاء موسكو";
    let a = import(raw);
    assert_eq!(a.body, "أشاد الرئيس الروسي.\n\nلقاء موسكو");
    assert!(a.notes.iter().all(|n| n.kind != NoteKind::Heading));
}

// ---- broken words

#[test]
fn stray_space_after_a_lone_letter_is_repaired() {
    let line = "“نشهد هذا العام زيادة في التجارة المتبادلة بين البلدين، وعلى الرغم من أنها لم تتعاف بالكامل من الانخفاض الذي شهدته العام الماضي، إ لا أن الاتجاهات الحالية تشير إلى تحسن ملحوظ”.";
    let (fixed, fixes) = repair_broken_words(line);
    assert_eq!(fixed, line.replace("إ لا", "إلا"));
    assert_eq!(fixes, vec!["إ لا → إلا"]);
}

#[test]
fn waw_abbreviations_numbers_and_tatweel_are_left_alone() {
    for line in [
        "اتفاق بين بوتين و الرئيس الإيراني",
        "مصافحة بين بوتين ورئيسي في موسكو أمس (أ ف ب) في الكرملين",
        "وأوضح رئيسي أنه لن تكون هناك حدود لـ “توسيع وتطوير العلاقات”",
        "يبلغ طوله 20 م تقريبا",
        "الجمهوري ة الإسلامية",
    ] {
        assert_eq!(
            repair_broken_words(line),
            (line.to_string(), Vec::new()),
            "{line}"
        );
    }
}

#[test]
fn lone_letter_with_tashkeel_is_repaired() {
    let (fixed, fixes) = repair_broken_words("قال إِ لا أن");
    assert_eq!(fixed, "قال إِلا أن");
    assert_eq!(fixes.len(), 1);
}

// ---- Markdown escaping

#[test]
fn square_brackets_stay_visible() {
    let line = "وطلب بوتين من رئيسي نقل أطيب تحياته إلى المرشد الأعلى آية الله علي خامنئي. وأضاف بوتين “أنا على اتصال دائم بكم [إيران] لمناقشة القضايا الدولية”.";
    let md = escape_paragraph(line);
    assert!(md.contains("بكم \\[إيران\\] لمناقشة"));
    assert_eq!(rendered_blocks(&md), vec![line]);
}

#[test]
fn block_markers_at_paragraph_start_are_escaped() {
    assert_eq!(escape_paragraph("# نص"), "\\# نص");
    assert_eq!(escape_paragraph("- نص"), "\\- نص");
    assert_eq!(escape_paragraph("+ نص"), "\\+ نص");
    assert_eq!(escape_paragraph("> نص"), "\\> نص");
    assert_eq!(escape_paragraph("12. نص"), "12\\. نص");
    assert_eq!(escape_paragraph("3) نص"), "3\\) نص");
    assert_eq!(escape_paragraph("نص - نص # نص"), "نص - نص # نص");
}

#[test]
fn inline_syntax_is_escaped_everywhere() {
    assert_eq!(
        escape_paragraph("a\\b *c* _d_ `e` [f] <g> h|i"),
        "a\\\\b \\*c\\* \\_d\\_ \\`e\\` \\[f\\] \\<g\\> h\\|i"
    );
}

#[test]
fn ampersand_is_escaped_only_before_an_entity() {
    assert_eq!(escape_paragraph("R&D و & وحدها"), "R&D و & وحدها");
    assert_eq!(
        escape_paragraph("&amp; &#1575; &#x627;"),
        "\\&amp; \\&#1575; \\&#x627;"
    );
}

const TRICKY: &[&str] = &[
    "# ليس عنواناً",
    "## ليس عنواناً ##",
    "- ليس قائمة",
    "+ ليس قائمة",
    "* ليس قائمة",
    "1. ليس قائمة",
    "2) ليس قائمة",
    "> ليس اقتباساً",
    "*مائل* و _مائل_ و **غامق** و __غامق__",
    "`شيفرة` و ``شيفرة``",
    "[رابط](http://example.com) و ![صورة](a.png) و [[ويكي]]",
    "[^1]: حاشية و [^1]",
    "<b>وسم</b> و <http://example.com> و <!-- تعليق -->",
    "عمود | عمود",
    "~~مشطوب~~ و ~سفلي~ و ^علوي^",
    "$x$ و 100$ و $$y$$",
    "&amp; و &#1575; و &#x627; و R&D و & وحدها و &nbsp",
    "نهاية بشرطة مائلة \\",
    "\\[مهرب\\] و \\* و \\\\",
    "---",
    "***",
    "___",
    "+++",
    "===",
    ": تعريف",
    "    مسافات بادئة",
    "- [ ] مهمة",
    "> [!NOTE] تنبيه",
    "عنوان {#id .class}",
    "عنوان #",
];

#[test]
fn tricky_paragraphs_render_literally() {
    for line in TRICKY {
        let md = escape_paragraph(line.trim());
        assert_eq!(rendered_blocks(&md), vec![line.trim()], "{md}");
        let after = format!("فقرة أولى.\n\n{md}");
        assert_eq!(
            rendered_blocks(&after),
            vec!["فقرة أولى.", line.trim()],
            "{after}"
        );
    }
}

#[test]
fn tricky_headings_render_literally() {
    for line in TRICKY {
        let md = format!("فقرة.\n\n## {}\n\nفقرة.", escape_heading(line.trim()));
        assert_eq!(
            rendered_blocks(&md),
            vec!["فقرة.", line.trim(), "فقرة."],
            "{md}"
        );
    }
}

// ---- robustness

#[test]
fn degenerate_inputs_never_panic() {
    let binary: String = String::from_utf8_lossy(&(0u8..=255).collect::<Vec<u8>>()).into_owned();
    for raw in [
        "",
        "\u{feff}",
        " \t \r\n \n\n",
        "02 : 00\nMISS 3\n(رويترز)",
        "كلمة",
        ":",
        "إ",
        "إ لا",
        "موقع:",
        "\0\u{1}\u{7f}",
        "\u{200f}.\u{200f}",
        binary.as_str(),
    ] {
        let a = import(raw);
        let _ = to_article_file(&a);
    }
    assert_eq!(import("").body, "");
    assert_eq!(import("02 : 00\n\nMISS 3").body, "");
    assert_eq!(import("كلمة").title, "كلمة");
}

#[test]
fn random_inputs_never_panic_and_keep_invariants() {
    let alphabet: Vec<char> =
        "اإأوبلة ىَُِّـ \n\r\t:.،؛()#&;*[]-+1234567890MISۀ“”«»\"\u{feff}\u{200f}\0"
            .chars()
            .collect();
    let mut seed: u64 = 0x5eed;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    for _ in 0..3000 {
        let len = next() % 80;
        let raw: String = (0..len)
            .map(|_| alphabet[next() % alphabet.len()])
            .collect();
        let a = import(&raw);
        let line_count = raw.split(['\n', '\r']).count();
        assert!(
            a.notes.windows(2).all(|w| w[0].line <= w[1].line),
            "{raw:?}"
        );
        assert!(
            a.notes.iter().all(|n| (1..=line_count).contains(&n.line)),
            "{raw:?}"
        );
        let file = to_article_file(&a);
        let yaml = file
            .strip_prefix("---\n")
            .and_then(|f| f.split_once("---\n\n"))
            .map(|(y, _)| y)
            .unwrap_or_default();
        let map: serde_yaml::Mapping = serde_yaml::from_str(yaml).expect("front matter parses");
        assert_eq!(
            map.get("title").and_then(|v| v.as_str()),
            Some(a.title.as_str())
        );
    }
}

// ---- front matter

#[test]
fn article_file_has_ordered_front_matter_and_body() {
    let opts = ImportOptions {
        date: Some("2022-01-19".into()),
        force: false,
    };
    let a = import_text(SEED_001, &opts);
    let file = to_article_file(&a);
    let expected_start = "---\ntitle: القمة الروسية الإيرانية التي عقدت اليوم في موسكو\ndate: ";
    assert!(file.starts_with(expected_start), "{file}");
    let (yaml, body) = file
        .strip_prefix("---\n")
        .and_then(|f| f.split_once("---\n\n"))
        .expect("front matter fences");
    let keys: Vec<String> = serde_yaml::from_str::<serde_yaml::Mapping>(yaml)
        .expect("yaml")
        .keys()
        .filter_map(|k| k.as_str().map(String::from))
        .collect();
    assert_eq!(keys, ["title", "date", "source"]);
    assert!(yaml.contains("source: موقع مصرنا الإخباري\n"));
    assert!(yaml.contains("2022-01-19"));
    assert_eq!(body, format!("{}\n", a.body));
}

#[test]
fn absent_fields_are_left_out() {
    let file = to_article_file(&import(SEED_002));
    assert!(file.starts_with("---\ntitle: اتفاق بين بوتين و الرئيس الإيراني\n---\n\nأكد"));
}

#[test]
fn titles_with_yaml_syntax_survive() {
    let a = import("بوتين: \"لن نتراجع\" # حقاً\nنص المقال.");
    assert_eq!(a.title, "بوتين: \"لن نتراجع\" # حقاً");
    let file = to_article_file(&a);
    let yaml = file
        .trim_start_matches("---\n")
        .split("---\n")
        .next()
        .unwrap_or("");
    let map: serde_yaml::Mapping = serde_yaml::from_str(yaml).expect("yaml");
    assert_eq!(
        map.get("title").and_then(|v| v.as_str()),
        Some(a.title.as_str())
    );
    let tricky = FrontMatter {
        title: "بوتين: \"لن\" \\ # حقاً\u{1}\n",
        date: Some("2022-01-19"),
        source: Some("موقع: الخبر"),
    };
    let map: serde_yaml::Mapping =
        serde_yaml::from_str(&fallback_yaml(&tricky)).expect("fallback yaml");
    assert_eq!(
        map.get("title").and_then(|v| v.as_str()),
        Some(tricky.title)
    );
    assert_eq!(
        map.get("source").and_then(|v| v.as_str()),
        Some("موقع: الخبر")
    );
}

// ---- dates

#[test]
fn dates_are_validated() {
    for ok in ["2022-01-19", "2024-02-29", "2000-02-29", "2023-12-31"] {
        assert!(validate_date(ok).is_ok(), "{ok}");
    }
    for bad in [
        "2023-02-29",
        "1900-02-29",
        "2022-13-01",
        "2022-00-10",
        "2022-04-31",
        "22-01-19",
        "2022/01/19",
        "٢٠٢٢-٠١-١٩",
        "0000-01-01",
        "2022-1-19 ",
        "",
    ] {
        assert!(
            matches!(validate_date(bad), Err(ImportError::InvalidDate { .. })),
            "{bad}"
        );
    }
    let msg = validate_date("19-01-2022").map_err(|e| e.to_string());
    assert!(msg.is_err_and(|m| m.contains("expected YYYY-MM-DD")));
}

#[test]
fn invalid_date_is_left_out_of_a_pure_import() {
    let opts = ImportOptions {
        date: Some("2022-02-30".into()),
        force: false,
    };
    assert_eq!(import_text(SEED_002, &opts).date, None);
}

// ---- files

fn write(dir: &Path, name: &str, contents: &[u8]) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, contents).expect("write fixture");
    path
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn import_file_writes_stem_md_and_creates_out_dir() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let src = write(tmp.path(), "003_36689bd3e2b746b9.txt", SEED_003.as_bytes());
    let out = tmp.path().join("content/articles");
    let opts = ImportOptions {
        date: Some("2023-12-08".into()),
        force: false,
    };
    let report = import_file(&src, &out, &opts).expect("import");
    assert_eq!(report.written, out.join("003_36689bd3e2b746b9.md"));
    let text = fs::read_to_string(&report.written).expect("read back");
    assert_eq!(text, to_article_file(&report.article));
    assert_eq!(entries(&out), ["003_36689bd3e2b746b9.md"]);
}

#[test]
fn existing_article_is_kept_unless_forced() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let src = write(tmp.path(), "002.txt", SEED_002.as_bytes());
    let out = tmp.path().join("out");
    fs::create_dir_all(&out).expect("mkdir");
    let dest = write(&out, "002.md", b"edited by hand");
    let err = import_file(&src, &out, &ImportOptions::default()).expect_err("must refuse");
    assert!(matches!(&err, ImportError::Exists { path } if *path == dest));
    assert!(
        err.to_string()
            .contains("already exists; pass --force to overwrite it")
    );
    assert_eq!(fs::read(&dest).expect("read"), b"edited by hand");
    let forced = ImportOptions {
        date: None,
        force: true,
    };
    import_file(&src, &out, &forced).expect("forced import");
    assert!(
        fs::read_to_string(&dest)
            .expect("read")
            .starts_with("---\ntitle: اتفاق")
    );
    assert_eq!(entries(&out), ["002.md"]);
}

#[test]
fn publish_without_force_never_replaces_a_file_that_appeared() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dest = write(tmp.path(), "a.md", b"first");
    let err = files::write_atomically(&dest, b"second", false).expect_err("must refuse");
    assert!(matches!(err, ImportError::Exists { .. }));
    assert_eq!(fs::read(&dest).expect("read"), b"first");
    assert_eq!(entries(tmp.path()), ["a.md"]);
}

#[test]
fn non_utf8_input_reports_offset_and_line() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut bytes = "سطر أول\nسطر ".as_bytes().to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(&[0xc7, 0xe1, b'\n']); // windows-1256 "ال"
    let src = write(tmp.path(), "bad.txt", &bytes);
    let err = import_file(&src, &tmp.path().join("out"), &ImportOptions::default())
        .expect_err("not utf-8");
    match &err {
        ImportError::NotUtf8 {
            offset: o, line, ..
        } => assert_eq!((*o, *line), (offset, 2)),
        other => panic!("unexpected {other:?}"),
    }
    assert!(err.to_string().contains("bad.txt:2: not valid UTF-8"));
    assert!(!tmp.path().join("out").exists());
}

#[test]
fn empty_or_noise_only_input_is_refused() {
    let tmp = tempfile::tempdir().expect("tempdir");
    for (name, text) in [
        ("e.txt", ""),
        ("n.txt", "\u{feff}\r\n02 : 00\r\n\r\nMISS 3\r\n"),
    ] {
        let src = write(tmp.path(), name, text.as_bytes());
        let err = import_file(&src, &tmp.path().join("out"), &ImportOptions::default())
            .expect_err("empty");
        assert!(matches!(err, ImportError::Empty { .. }), "{name}");
    }
}

#[test]
fn missing_file_is_an_io_error_naming_it() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let missing = tmp.path().join("missing.txt");
    let err = import_file(&missing, tmp.path(), &ImportOptions::default()).expect_err("missing");
    assert!(matches!(err, ImportError::Io { .. }));
    assert!(err.to_string().contains("missing.txt"));
}

#[test]
fn import_paths_expands_directories_and_continues_past_errors() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let seeds = tmp.path().join("seeds");
    fs::create_dir_all(&seeds).expect("mkdir");
    write(&seeds, "004.txt", SEED_004.as_bytes());
    write(&seeds, "000.txt", SEED_000.as_bytes());
    write(&seeds, "002.TXT", SEED_002.as_bytes());
    write(&seeds, "001.txt", &[0xff, 0xfe]);
    write(&seeds, "README.md", b"# not an article");
    let out = tmp.path().join("out");
    let paths = vec![seeds.clone(), tmp.path().join("nowhere.txt")];
    let (reports, errors) = import_paths(&paths, &out, &ImportOptions::default());
    let written: Vec<_> = reports.iter().map(|r| r.written.clone()).collect();
    assert_eq!(
        written,
        [out.join("000.md"), out.join("002.md"), out.join("004.md")]
    );
    assert_eq!(errors.len(), 2);
    assert!(matches!(
        errors[0],
        ImportError::NotUtf8 {
            offset: 0,
            line: 1,
            ..
        }
    ));
    assert!(matches!(errors[1], ImportError::Io { .. }));
    assert_eq!(entries(&out), ["000.md", "002.md", "004.md"]);
}

#[test]
fn import_paths_checks_the_date_before_writing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let src = write(tmp.path(), "000.txt", SEED_000.as_bytes());
    let opts = ImportOptions {
        date: Some("2022-1-19".into()),
        force: false,
    };
    let (reports, errors) = import_paths(&[src], &tmp.path().join("out"), &opts);
    assert!(reports.is_empty());
    assert!(matches!(&errors[..], [ImportError::InvalidDate { value }] if value == "2022-1-19"));
    assert!(!tmp.path().join("out").exists());
}

#[test]
fn import_paths_refuses_two_sources_for_one_article() {
    let tmp = tempfile::tempdir().expect("tempdir");
    for dir in ["a", "b"] {
        fs::create_dir_all(tmp.path().join(dir)).expect("mkdir");
        write(&tmp.path().join(dir), "x.txt", SEED_002.as_bytes());
    }
    let paths = vec![tmp.path().join("a"), tmp.path().join("b")];
    let forced = ImportOptions {
        date: None,
        force: true,
    };
    let (reports, errors) = import_paths(&paths, &tmp.path().join("out"), &forced);
    assert_eq!(reports.len(), 1);
    assert!(matches!(errors[..], [ImportError::SameOutput { .. }]));
}

#[test]
fn directory_without_text_files_is_reported() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (reports, errors) = import_paths(
        &[tmp.path().to_path_buf()],
        &tmp.path().join("out"),
        &ImportOptions::default(),
    );
    assert!(reports.is_empty());
    assert!(errors[0].to_string().contains("no .txt files"));
}

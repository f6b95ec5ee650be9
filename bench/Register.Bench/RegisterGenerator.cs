using System.Globalization;
using System.Text.Json;

namespace Register.Bench;

/// <summary>
/// A realistic register, deterministic for a given size: 50 departments (a few large ones, many small: weight
/// 1/rank^0.8), 24 subject categories, 80 data categories (60 ordinary, 12 special, 3 biometric, 5 public), 40
/// recipients (state bodies, third parties, processors with contracts, some abroad), 5 organisation-wide systems
/// plus 2 per department. Each entry: ~3 subject categories, 12 data categories, 2 purposes with 2 bases each,
/// 3 recipients (1 in 10 entries sends data abroad), 2 systems (an organisation-wide one and its department's),
/// retention, actions, measures; a title from 12 kinds of processing, so the search terms each match about 8%.
/// </summary>
internal static class RegisterGenerator
{
    public const string Version = "v1";
    public const int Departments = 50;

    private static readonly string[] DepartmentNames =
    [
        "Отдел кадров", "Бухгалтерия", "Юридический отдел", "Отдел продаж", "Служба безопасности", "Канцелярия", "Отдел ИТ",
        "Медицинский пункт", "Учебный центр", "Отдел закупок", "Планово-экономический отдел", "Отдел маркетинга", "Служба охраны труда",
        "Производственный цех", "Склад", "Транспортный цех", "Отдел качества", "Приёмная", "Архив", "Пресс-служба",
    ];

    private static readonly (string Code, string Ru)[] SubjectCategories =
    [
        ("employees", "Работники"), ("candidates", "Кандидаты на работу"), ("former-employees", "Бывшие работники"), ("relatives", "Родственники работников"),
        ("clients", "Клиенты"), ("client-representatives", "Представители клиентов"), ("visitors", "Посетители"), ("students", "Обучающиеся"),
        ("applicants", "Заявители"), ("suppliers", "Представители поставщиков"), ("contractors", "Подрядчики"), ("patients", "Пациенты"),
        ("interns", "Стажёры"), ("shareholders", "Акционеры"), ("website-users", "Пользователи сайта"), ("subscribers", "Подписчики рассылки"),
        ("drivers", "Водители"), ("guests", "Гости мероприятий"), ("complainants", "Авторы обращений"), ("minors", "Несовершеннолетние дети работников"),
        ("pensioners", "Пенсионеры"), ("trainees", "Слушатели курсов"), ("debtors", "Должники"), ("witnesses", "Свидетели"),
    ];

    private static readonly string[] OrdinaryData =
    [
        "Фамилия, имя, отчество", "Дата рождения", "Место рождения", "Пол", "Гражданство", "Паспортные данные", "Идентификационный номер",
        "Адрес регистрации", "Адрес проживания", "Номер телефона", "Адрес электронной почты", "Образование", "Квалификация", "Стаж работы",
        "Должность", "Место работы", "Семейное положение", "Сведения о детях", "Воинский учёт", "Банковские реквизиты", "Заработная плата",
        "Налоговые вычеты", "Страховой номер", "Трудовая книжка", "Сведения о поощрениях", "Сведения о взысканиях", "Табельный номер",
        "Номер договора", "История покупок", "Сведения о задолженности", "IP-адрес", "Файлы cookie", "Запись телефонного разговора",
        "Сведения об отпусках", "Командировки", "Результаты аттестации", "Водительское удостоверение", "Номер автомобиля", "Подпись",
        "Сведения о доходах", "Почтовый адрес", "Сведения об имуществе", "Сведения о пенсии", "Льготы", "Учёное звание", "Знание языков",
        "Членство в профсоюзе (без политических взглядов)", "Сведения о страховании", "Место учёбы", "Успеваемость", "Расписание занятий",
        "Номер пропуска", "Время прохода", "Логин", "Геолокация", "Обращения в службу поддержки", "Отзывы", "Предпочтения", "Анкета", "Резюме",
    ];

    private static readonly string[] SpecialData =
    [
        "Состояние здоровья", "Инвалидность", "Судимость", "Сведения о беременности", "Результаты медосмотра", "Диагноз",
        "Религиозные убеждения", "Членство в партии", "Расовая принадлежность", "Сведения о лечении", "Листки нетрудоспособности", "Профпригодность",
    ];

    private static readonly string[] BiometricData = ["Изображение лица (видеонаблюдение)", "Отпечатки пальцев", "Генетические данные"];
    private static readonly string[] PublicData = ["Опубликованные ФИО руководителей", "Контакты на сайте", "Сведения из ЕГР", "Публикации", "Фото на сайте"];

    private static readonly (string Title, string Purpose)[] Processes =
    [
        ("Ведение личных дел работников", "Оформление трудовых отношений и ведение кадрового учёта"),
        ("Начисление заработной платы", "Расчёт и выплата заработной платы, удержание налогов"),
        ("Видеонаблюдение на территории", "Обеспечение безопасности работников и посетителей"),
        ("Рассмотрение обращений граждан", "Рассмотрение обращений в порядке, установленном законодательством"),
        ("Заключение и исполнение договоров с клиентами", "Исполнение договорных обязательств перед клиентами"),
        ("Пропускной режим", "Контроль доступа на охраняемые объекты"),
        ("Подбор персонала", "Оценка кандидатов для замещения вакантных должностей"),
        ("Обязательные медицинские осмотры", "Допуск к работе по результатам медицинского осмотра"),
        ("Рассылка информационных сообщений", "Информирование подписчиков о новостях и услугах"),
        ("Обучение и повышение квалификации", "Организация обучения работников и слушателей"),
        ("Бухгалтерский и налоговый учёт", "Ведение бухгалтерского учёта и представление отчётности"),
        ("Учёт посетителей сайта", "Анализ посещаемости и улучшение работы сайта"),
    ];

    /// <summary>q terms: each names one kind of processing (about 1 entry in 12), typed as an officer would.</summary>
    public static readonly string[] SearchTerms = ["Видеонаблюдение", "заработной платы", "обращений", "медицинск", "персонала", "квалификации"];

    private static readonly string[] OrgWideSystems = ["edms", "mail", "hr-1c", "accounting-1c", "portal"];
    private static readonly double[] OrgWideWeights = [0.30, 0.15, 0.10, 0.10, 0.05];

    private static readonly string[] GeneralBases =
    [
        "by-99z-art6-employment", "by-99z-art6-contract", "by-99z-art6-legal-duty", "by-99z-art6-other-law", "by-99z-art6-social-insurance",
        "by-99z-art6-statistics", "by-99z-art6-pensions", "by-99z-art6-signed-document",
    ];

    private static readonly string[] SpecialBases = ["by-99z-art8-employment", "by-99z-art8-medical", "by-99z-art8-legal-duty", "by-99z-art8-other-law"];
    private static readonly string[] Actions = ["collection", "systematization", "storage", "modification", "use", "provision", "deletion", "blocking"];
    private static readonly string[] Measures =
    [
        "access-control", "event-logging", "antivirus", "backup", "technical-protection-oac", "paper-storage-locked", "staff-awareness",
        "confidentiality-undertakings", "tls-encryption", "disk-encryption", "firewall", "access-procedure",
    ];

    public static string DepartmentCode(int i) => $"dep-{i + 1:D2}";

    /// <summary>The catalog requests, in an order that satisfies their references: (path, body).</summary>
    public static IEnumerable<(string Path, object Body)> Catalogs()
    {
        for (var i = 0; i < Departments; i++)
        {
            var name = i < DepartmentNames.Length ? DepartmentNames[i] : $"{DepartmentNames[i % DepartmentNames.Length]} филиала № {i / DepartmentNames.Length}";
            yield return ("/api/departments", new { code = DepartmentCode(i), name, head = new { fullName = $"Руководитель {i + 1}", position = "Начальник", email = $"head{i + 1}@example.by", phone = "+375 17 000-00-00" } });
        }
        foreach (var (code, ru) in SubjectCategories)
        {
            yield return ("/api/subject-categories", new { code, names = new { ru, en = code }, description = ru, mayIncludeMinors = code is "minors" or "students" or "patients" });
        }
        foreach (var (code, ru, category) in DataCategories())
        {
            yield return ("/api/data-categories", new { code, names = new { ru, en = code }, group = category, npdpcCategory = category });
        }
        foreach (var r in Recipients()) yield return ("/api/recipients", r.Body);
        foreach (var (code, name, connected, owner) in Systems())
        {
            yield return ("/api/information-systems", new { code, name, kind = code == "archive-paper" ? "paper" : "electronic", connectedToPublicNetwork = connected, ownerDepartmentCode = owner });
        }
    }

    private static IEnumerable<(string Code, string Ru, string Category)> DataCategories()
    {
        for (var i = 0; i < OrdinaryData.Length; i++) yield return ($"data-o{i + 1:D2}", OrdinaryData[i], "other");
        for (var i = 0; i < SpecialData.Length; i++) yield return ($"data-s{i + 1:D2}", SpecialData[i], "special");
        for (var i = 0; i < BiometricData.Length; i++) yield return ($"data-b{i + 1:D2}", BiometricData[i], "biometric-genetic");
        for (var i = 0; i < PublicData.Length; i++) yield return ($"data-p{i + 1:D2}", PublicData[i], "public");
    }

    private sealed record RecipientSpec(string Code, object Body);

    private static IEnumerable<RecipientSpec> Recipients()
    {
        string[] stateBodies = ["Фонд социальной защиты населения", "Инспекция МНС", "Военный комиссариат", "Белгосстрах", "Органы внутренних дел"];
        for (var i = 0; i < 15; i++)
        {
            var code = $"state-{i + 1:D2}";
            yield return new(code, new { code, name = $"{stateBodies[i % stateBodies.Length]} ({i + 1})", kind = "state-body", countryCode = "by" });
        }
        for (var i = 0; i < 10; i++)
        {
            var code = $"third-{i + 1:D2}";
            yield return new(code, new { code, name = $"Банк-партнёр {i + 1}", kind = "third-party", countryCode = i < 2 ? "ru" : "by" });
        }
        for (var i = 0; i < 15; i++)
        {
            var code = $"proc-{i + 1:D2}";
            yield return new(code, new
            {
                code, name = $"Обработчик {i + 1} (облачный сервис)", kind = "authorized-person", countryCode = i < 3 ? "de" : "by",
                contract = new
                {
                    number = $"Д-{100 + i}", date = "2023-01-15", purposes = "Хранение и обработка по поручению оператора",
                    actions = new[] { "storage", "use" }, confidentiality = true, measures = new[] { "access-control", "backup" },
                },
            });
        }
    }

    private static IEnumerable<(string Code, string Name, bool Connected, string? Owner)> Systems()
    {
        yield return ("edms", "Система электронного документооборота", true, DepartmentCode(5));
        yield return ("mail", "Корпоративная почта", true, DepartmentCode(6));
        yield return ("hr-1c", "1С: Зарплата и управление персоналом", false, DepartmentCode(0));
        yield return ("accounting-1c", "1С: Бухгалтерия", false, DepartmentCode(1));
        yield return ("portal", "Интернет-портал", true, DepartmentCode(11));
        for (var i = 0; i < Departments; i++)
        {
            yield return ($"sys-{i + 1:D2}-a", $"Учётная система подразделения {i + 1}", i % 3 == 0, DepartmentCode(i));
            yield return ($"sys-{i + 1:D2}-b", $"Реестр подразделения {i + 1}", false, DepartmentCode(i));
        }
    }

    private static readonly double[] DepartmentWeights = Cumulative(Enumerable.Range(1, Departments).Select(rank => 1 / Math.Pow(rank, 0.8)).ToArray());

    /// <summary>Entry number <paramref name="n"/> of the register (0-based): the body of its POST.</summary>
    public static Dictionary<string, object?> Activity(int n, string? code = null)
    {
        var random = new Random(unchecked(n * 7919 + 17));
        var department = Pick(random, DepartmentWeights);
        var (title, purpose) = Processes[n % Processes.Length];
        var dataCodes = DataCategories().ToList();
        var special = random.NextDouble() < 0.25;
        var biometric = n % Processes.Length == 2 || random.NextDouble() < 0.02;
        var data = new List<string>();
        while (data.Count < 12)
        {
            var pick = dataCodes[random.Next(OrdinaryData.Length)].Code;
            if (!data.Contains(pick)) data.Add(pick);
        }
        if (special) data[11] = $"data-s{random.Next(SpecialData.Length) + 1:D2}";
        if (biometric) data[10] = "data-b01";
        if (random.NextDouble() < 0.1) data[9] = $"data-p{random.Next(PublicData.Length) + 1:D2}";

        var needsSpecialBasis = special || biometric;
        string GeneralBasis() => GeneralBases[random.Next(GeneralBases.Length)];
        var purposes = new[]
        {
            new { text = purpose, legalBasisCodes = new[] { GeneralBasis(), needsSpecialBasis ? SpecialBases[random.Next(SpecialBases.Length)] : GeneralBasis() }.Distinct().ToArray(), legalReference = "Трудовой кодекс Республики Беларусь" },
            new { text = $"{purpose} в подразделении «{department + 1}»: архивное хранение документов", legalBasisCodes = new[] { "by-99z-art6-legal-duty", "by-99z-art6-other-law" }, legalReference = "Закон «Об архивном деле и делопроизводстве»" },
        };

        var recipients = new List<object>();
        var abroad = random.NextDouble() < 0.1;
        recipients.Add(new { code = $"state-{random.Next(15) + 1:D2}", transfer = (object?)null });
        recipients.Add(new { code = $"proc-{random.Next(3, 15) + 1:D2}", transfer = (object?)null });
        recipients.Add(abroad
            ? new { code = $"proc-{random.Next(3) + 1:D2}", transfer = (object?)new { countryCode = "de", legalBasisCode = (string?)null } }
            : new { code = $"third-{random.Next(2, 10) + 1:D2}", transfer = (object?)null });

        var systems = new List<string>();
        var roll = random.NextDouble();
        var cumulative = 0.0;
        for (var i = 0; i < OrgWideSystems.Length; i++)
        {
            cumulative += OrgWideWeights[i];
            if (roll < cumulative)
            {
                systems.Add(OrgWideSystems[i]);
                break;
            }
        }
        systems.Add($"sys-{department + 1:D2}-{(random.Next(2) == 0 ? "a" : "b")}");
        if (systems.Count < 2) systems.Add($"sys-{department + 1:D2}-{(systems[0].EndsWith("-a", StringComparison.Ordinal) ? "b" : "a")}");

        var subjects = new List<string>();
        while (subjects.Count < 3)
        {
            var pick = SubjectCategories[random.Next(SubjectCategories.Length - 5)].Code;
            if (!subjects.Contains(pick)) subjects.Add(pick);
        }

        return new()
        {
            ["code"] = code ?? $"act-{n + 1:D6}",
            ["title"] = $"{title} ({DepartmentNames[department % DepartmentNames.Length].ToLowerInvariant()}, № {n + 1})",
            ["description"] = $"{title}: сбор, хранение и использование персональных данных в подразделении {department + 1}. Порядок определён локальным правовым актом.",
            ["departmentCode"] = DepartmentCode(department),
            ["subjectCategoryCodes"] = subjects,
            ["dataCategories"] = data.Select((c, i) => new { code = c, retention = i == 0 ? new { kind = "fixed", period = "P10Y", @event = (string?)null, reference = (string?)null } : null }).ToList(),
            ["purposes"] = purposes,
            ["recipients"] = recipients,
            ["retention"] = random.Next(3) == 0
                ? new { kind = "fixed", period = (string?)$"P{random.Next(1, 11)}Y", @event = (string?)null, reference = (string?)null }
                : new { kind = "per-legislation", period = (string?)null, @event = (string?)null, reference = (string?)"Перечень, утв. постановлением Минюста № 140 от 24.05.2012" },
            ["informationSystemCodes"] = systems,
            ["storageForm"] = "mixed",
            ["processingMethod"] = "mixed",
            ["actionCodes"] = Actions.Take(4 + random.Next(4)).ToList(),
            ["protectionMeasureCodes"] = Measures.OrderBy(_ => random.Next()).Take(5).ToList(),
            ["dataSource"] = "subject",
            ["startDate"] = new DateOnly(2015, 1, 1).AddDays(random.Next(3000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["terminationCondition"] = "Достижение целей обработки и истечение сроков хранения",
            ["accessPositions"] = new[] { "Начальник подразделения", "Специалист", "Администратор системы" }.Take(1 + random.Next(3)).ToList(),
            ["estimatedSubjects"] = 10 + random.Next(5000),
            ["includesMinorsUnder16"] = random.NextDouble() < 0.05,
            ["reviewDueDate"] = new DateOnly(2027, 1, 1).AddDays(random.Next(700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A body split around its code, for wrk to splice a code in: (before, after).</summary>
    public static (string Before, string After) Template(int n)
    {
        const string marker = "@@CODE@@";
        var json = JsonSerializer.Serialize(Activity(n, marker));
        var at = json.IndexOf(marker, StringComparison.Ordinal);
        return (json[..at], json[(at + marker.Length)..]);
    }

    private static int Pick(Random random, double[] cumulative)
    {
        var x = random.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, x);
        return i >= 0 ? i : ~i;
    }

    private static double[] Cumulative(double[] weights)
    {
        var sums = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++) sums[i] = total += weights[i];
        return sums;
    }
}

using System.Text.Json.Nodes;
using Register.Api.Features.Activities;
using Register.Api.Features.Countries;
using Register.Api.Features.DataCategories;
using Register.Api.Features.InformationSystems;
using Register.Api.Features.LegalBases;
using Register.Api.Features.Operator;
using Register.Api.Features.SubjectCategories;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Seeding;
using Register.Tests.Infrastructure;

namespace Register.Tests.Demo;

/// <summary>
/// The demo register (Register:DemoData=true, a new database) checked against the Regulation: the expectations
/// in Demo/regulation-chapter5.json were written from its text, not from the demo file.
/// </summary>
public sealed class DemoRegisterTests(DatabaseProvider provider) : ApiFixture(provider)
{
    /// <summary>The entries left in draft because the Regulation lacks what the law requires (docs/demo-register.md §8), with the rules that say what is missing.</summary>
    private static readonly Dictionary<string, string[]> DocumentedDrafts = new()
    {
        ["website-cookies-analytics"] = ["processor-contract"],
        // Ch. 4 p. 11 names neither data nor the act behind its "duties" basis (rule 12, docs/demo-register.md §12.3).
        ["other-purposes-legal-compliance"] = ["completeness", "legislative-act-reference"],
    };

    private Dictionary<string, JsonNode> _activities = null!;

    private static RegulationChapter5 Regulation => RegulationChapter5.Expectations;

    public static IEnumerable<TestCaseData> Sections() =>
        RegulationChapter5.Expectations.Sections.Select(s => new TestCaseData(s).SetArgDisplayNames($"§{s.Section} {s.SubjectCategoryCode}"));

    public static IEnumerable<TestCaseData> Retentions() =>
        RegulationChapter5.Expectations.Retentions().Select(r => new TestCaseData(r).SetArgDisplayNames(r.ToString()));

    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?> { [DemoRegisterLoader.SettingKey] = "true" };

    [OneTimeSetUp]
    public async Task ReadTheRegister()
    {
        var page = await (await Client.GetAsync($"{ActivityRoutes.Collection}?pageSize=500")).OkJsonAsync();
        _activities = page["items"]!.AsArray().ToDictionary(a => (string)a!["code"]!, a => a!);
        Assert.That((int)page["total"]!, Is.EqualTo(_activities.Count));
    }

    [TestCaseSource(nameof(Sections))]
    public void Each_chapter5_section_has_its_activity_with_the_sections_subjects_and_data(Chapter5Section section)
    {
        Assert.That(section.ActivityCodes, Is.Not.Empty);
        foreach (var code in section.ActivityCodes)
        {
            Assert.That(_activities, Does.ContainKey(code), $"§{section.Section} «{section.Title}»: no activity '{code}'.");
            var activity = _activities[code];
            Assert.Multiple(() =>
            {
                Assert.That(Strings(activity["subjectCategoryCodes"]), Does.Contain(section.SubjectCategoryCode), $"§{section.Section}: {code}'s subjects");
                Assert.That(DataCategoryCodes(activity), Is.SupersetOf(section.DataCategoryCodes), $"§{section.Section}: {code}'s data categories");
            });
        }
    }

    [TestCaseSource(nameof(Retentions))]
    public void Retention_is_as_the_Regulation_sets_it(ExpectedRetention expected)
    {
        Assert.That(_activities, Does.ContainKey(expected.ActivityCode!));
        var activity = _activities[expected.ActivityCode!];
        var retention = expected.DataCategoryCode is null
            ? activity["retention"]
            : activity["dataCategories"]!.AsArray().SingleOrDefault(d => (string)d!["code"]! == expected.DataCategoryCode)?["retention"];
        Assert.That(retention, Is.Not.Null, $"{expected}: no retention recorded");
        Assert.Multiple(() =>
        {
            Assert.That((string?)retention!["kind"], Is.EqualTo(expected.Kind), expected.ToString());
            Assert.That((string?)retention["period"], Is.EqualTo(expected.Period), expected.ToString());
        });
    }

    [Test]
    public void Cctv_recordings_are_kept_30_days_but_visitors_recordings_one_month()
    {
        // Ch. 4 p. 10: recordings are kept 30 calendar days; p. 21 sets its own month for visitors.
        Assert.That((string?)_activities["cctv-video-surveillance"]["retention"]!["period"], Is.EqualTo("P30D"));
        var sectionActivities = Regulation.Sections.SelectMany(s => s.ActivityCodes).Distinct();
        Assert.Multiple(() =>
        {
            foreach (var code in sectionActivities)
            {
                var cctv = _activities[code]["dataCategories"]!.AsArray().SingleOrDefault(d => (string)d!["code"]! == "cctv-video");
                if (cctv is null) continue;
                Assert.That((string?)cctv["retention"]?["period"], Is.EqualTo(code == "visitors-access-control" ? "P1M" : "P30D"), $"{code}: cctv-video");
            }
        });
    }

    [Test]
    public void A_retention_after_an_event_names_the_event_and_one_per_legislation_names_the_act()
    {
        var retentions = _activities.SelectMany(a =>
            new[] { (Where: a.Key, Retention: a.Value["retention"]) }
                .Concat(a.Value["dataCategories"]!.AsArray().Select(d => (Where: $"{a.Key}/{(string)d!["code"]!}", Retention: d["retention"]))))
            .Where(r => r.Retention is not null).ToList();
        Assert.That(retentions.Count(r => (string?)r.Retention!["kind"] == "after-event"), Is.GreaterThanOrEqualTo(8));
        Assert.Multiple(() =>
        {
            foreach (var (where, retention) in retentions)
            {
                switch ((string?)retention!["kind"])
                {
                    case "after-event":
                        Assert.That((string?)retention["event"], Is.Not.Null.And.Not.Empty, $"{where}: after which event?");
                        break;
                    case "per-legislation":
                        Assert.That((string?)retention["reference"], Is.Not.Null.And.Not.Empty, $"{where}: which legislation?");
                        break;
                    case "fixed":
                        Assert.That((string?)retention["period"], Does.StartWith("P"), $"{where}: a fixed period is an ISO-8601 duration");
                        break;
                }
            }
        });
    }

    [Test]
    public void Approved_entries_have_no_error_findings()
    {
        var approved = _activities.Where(a => (string?)a.Value["status"] == "approved").ToList();
        Assert.That(approved, Has.Count.GreaterThanOrEqualTo(Regulation.Sections.Count - 1), "every section but the cookies one (a documented draft) is approved");
        Assert.Multiple(() =>
        {
            foreach (var (code, activity) in approved)
            {
                var errors = activity["findings"]!.AsArray().Where(f => (string?)f!["severity"] == "error").Select(f => $"{f!["rule"]}: {f["message"]}");
                Assert.That(errors, Is.Empty, $"{code} is approved");
                Assert.That((string?)activity["lastApprovedOn"], Is.Not.Null, $"{code} is approved");
            }
        });
    }

    [Test]
    public async Task Drafts_are_the_documented_ones_and_their_findings_say_what_is_missing()
    {
        var drafts = _activities.Where(a => (string?)a.Value["status"] == "draft").ToDictionary(a => a.Key, a => a.Value);
        Assert.That(drafts.Keys, Is.EquivalentTo(DocumentedDrafts.Keys));
        Assert.That(_activities.Values.Select(a => (string?)a["status"]).Distinct(), Is.SubsetOf(new[] { "approved", "draft" }));
        Assert.Multiple(() =>
        {
            foreach (var (code, rules) in DocumentedDrafts)
            {
                var errorRules = drafts[code]["findings"]!.AsArray().Where(f => (string?)f!["severity"] == "error").Select(f => (string?)f!["rule"]).ToList();
                Assert.That(errorRules, Is.Not.Empty, $"{code} is a draft because of its errors");
                Assert.That(errorRules.Distinct(), Is.EquivalentTo(rules), $"{code}'s errors");
            }
        });

        // The register-wide view agrees: every error finding belongs to a draft.
        var findings = await (await Client.GetAsync("/api/compliance/findings?severity=error&pageSize=500")).OkJsonAsync();
        var codes = findings["items"]!.AsArray().Select(f => (string)f!["activityCode"]!).Distinct();
        Assert.That(codes, Is.SubsetOf(DocumentedDrafts.Keys));
    }

    [Test]
    public void Job_candidates_are_not_processed_under_the_employment_bases()
    {
        // NPDPC 5-5/1565 §5.1.1: before labour relations are formalised, ст. 6 абз. 8 and ст. 8 п. 2 абз. 3 do not apply.
        var bases = _activities["recruitment-candidates"]["purposes"]!.AsArray()
            .SelectMany(p => Strings(p!["legalBasisCodes"])).ToList();

        Assert.That(bases, Does.Not.Contain("by-99z-art6-employment").And.Not.Contain("by-99z-art8-employment"));
        Assert.That(bases, Does.Contain("by-99z-consent"));
    }

    [Test]
    public void Every_approved_purpose_on_duties_or_other_cases_of_legislative_acts_names_the_act()
    {
        // Clarifications of 03.12.2021 as revised, п. 15 (rule 12).
        string[] namingAnAct = ["by-99z-art6-legal-duty", "by-99z-art6-other-law", "by-99z-art8-legal-duty", "by-99z-art8-other-law"];
        var unnamed = _activities.Values.Where(a => (string?)a["status"] == "approved")
            .SelectMany(a => a["purposes"]!.AsArray().Select(p => (Code: (string)a["code"]!, Purpose: p!)))
            .Where(x => Strings(x.Purpose["legalBasisCodes"]).Intersect(namingAnAct).Any() && string.IsNullOrWhiteSpace((string?)x.Purpose["legalReference"]))
            .Select(x => $"{x.Code}: {(string?)x.Purpose["text"]}");

        Assert.That(unnamed, Is.Empty);
    }

    [Test]
    public async Task Footage_photographs_and_voice_not_used_for_identification_keep_systems_out_of_the_operator_registry()
    {
        // ст. 1: biometric data is data used for unique identification; the Regulation says its CCTV records are not
        // (docs/demo-register.md §12.2). Only the systems of the students' physiological characteristics remain (§12.6).
        foreach (var code in new[] { "cctv-video", "photo", "voice-recording" })
        {
            var category = await (await Client.GetAsync(DataCategoryRoutes.For(code))).OkJsonAsync();
            Assert.That((string?)category["npdpcCategory"], Is.EqualTo("other"), code);
        }

        var systems = (await (await Client.GetAsync($"{InformationSystemRoutes.Collection}?pageSize=500")).OkJsonAsync())["items"]!.AsArray()
            .ToDictionary(s => (string)s!["code"]!, s => s!);
        Assert.Multiple(() =>
        {
            Assert.That(systems.Where(s => (bool)s.Value["operatorRegistryRequired"]!).Select(s => s.Key),
                Is.EquivalentTo(new[] { "hr-personal-files", "archive", "education-is" }));
            Assert.That((string?)systems["cctv"]["oacClass"], Is.EqualTo("4-ин"));
            Assert.That((string?)systems["phone-recording"]["oacClass"], Is.EqualTo("4-ин"));
            Assert.That((string?)systems["website"]["oacClass"], Is.EqualTo("3-ин"));
            Assert.That((string?)systems["education-is"]["oacClass"], Is.EqualTo("4-бг"));
        });
    }

    [Test]
    public async Task The_operator_has_two_branches_each_and_itself_with_a_responsible_person()
    {
        var op = await (await Client.GetAsync(OperatorRoutes.Item)).OkJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That((string?)op["name"], Does.Contain("Университет гражданской защиты"));
            Assert.That((string?)op["unp"], Does.Match("^[0-9]{9}$"));
            Assert.That((string?)op["responsiblePerson"]?["fullName"], Is.Not.Null.And.Not.Empty);
            Assert.That((string?)op["responsiblePerson"]?["email"], Is.Not.Null.And.Not.Empty);
            Assert.That(op["branches"]!.AsArray(), Has.Count.EqualTo(2));
            foreach (var branch in op["branches"]!.AsArray())
            {
                Assert.That((string?)branch!["name"], Does.Contain("филиал").IgnoreCase);
                Assert.That((string?)branch["responsiblePerson"]?["fullName"], Is.Not.Null.And.Not.Empty);
            }
        });
    }

    [Test]
    public async Task The_guests_transfers_abroad_are_cross_border_with_an_exception_where_protection_is_not_adequate()
    {
        var booking = _activities["guests-travel-booking"];
        Assert.That((bool?)booking["crossBorder"], Is.True);
        Assert.That(Strings(booking["subjectCategoryCodes"]), Does.Contain("guests"));

        var transfers = booking["recipients"]!.AsArray().Select(r => r!["transfer"]).Where(t => t is not null).ToList();
        Assert.That(transfers, Is.Not.Empty);
        var adequacy = new List<bool>();
        foreach (var transfer in transfers)
        {
            var country = (string)transfer!["countryCode"]!;
            Assert.That(country, Is.Not.EqualTo("by"));
            var adequate = (bool)(await (await Client.GetAsync(CountryRoutes.For(country))).OkJsonAsync())["adequateProtection"]!;
            adequacy.Add(adequate);
            if (!adequate) Assert.That((string?)transfer["legalBasisCode"], Does.StartWith("by-99z-art9"), $"transfer to {country}");
        }
        Assert.That(adequacy, Does.Contain(true).And.Contain(false), "the demo shows both kinds of destination");

        var crossBorder = await (await Client.GetAsync($"{ActivityRoutes.Collection}?crossBorder=true&subjectCategory=guests")).OkJsonAsync();
        Assert.That(crossBorder["items"]!.AsArray().Select(a => (string?)a!["code"]), Does.Contain("guests-travel-booking"));
    }

    [Test]
    public async Task The_catalogs_hold_every_subject_category_and_data_category_of_chapter_5()
    {
        var subjects = await (await Client.GetAsync($"{SubjectCategoryRoutes.Collection}?pageSize=500")).OkJsonAsync();
        var data = await (await Client.GetAsync($"{DataCategoryRoutes.Collection}?pageSize=500")).OkJsonAsync();
        var byNpdpc = new Dictionary<string, int>();
        foreach (var category in new[] { "public", "special", "biometric-genetic", "other" })
        {
            byNpdpc[category] = await RegisterState.TotalAsync(Client, $"{DataCategoryRoutes.Collection}?npdpcCategory={category}");
        }
        var subjectCodes = subjects["items"]!.AsArray().Select(s => (string)s!["code"]!).ToList();
        var dataCodes = data["items"]!.AsArray().Select(d => (string)d!["code"]!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That((int)subjects["total"]!, Is.GreaterThanOrEqualTo(13));
            Assert.That(subjectCodes, Is.SupersetOf(Regulation.Sections.Select(s => s.SubjectCategoryCode)));
            Assert.That((int)data["total"]!, Is.GreaterThanOrEqualTo(45));
            Assert.That(dataCodes, Is.SupersetOf(Regulation.Sections.SelectMany(s => s.DataCategoryCodes).Distinct()));
            Assert.That(byNpdpc["biometric-genetic"], Is.GreaterThan(0));
            Assert.That(byNpdpc["special"], Is.GreaterThan(0));
            Assert.That(byNpdpc.Values.Sum(), Is.EqualTo((int)data["total"]!));
        });

        var statuses = _activities.Values.GroupBy(a => (string)a["status"]!).ToDictionary(g => g.Key, g => g.Count());
        var kinds = new Dictionary<string, int>();
        foreach (var kind in new[] { "consent", "general", "special", "cross-border" })
        {
            kinds[kind] = await RegisterState.TotalAsync(Client, $"{LegalBasisRoutes.Collection}?kind={kind}");
        }
        var adequate = await RegisterState.TotalAsync(Client, $"{CountryRoutes.Collection}?adequateProtection=true");
        await TestContext.Out.WriteLineAsync(
            $"Demo register: {subjects["total"]} subject categories; {data["total"]} data categories " +
            $"({string.Join(", ", byNpdpc.Select(c => $"{c.Key} {c.Value}"))}); {_activities.Count} activities " +
            $"({string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}"))}); legal bases {string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}"))}; " +
            $"{adequate} countries with adequate protection.");
    }

    [Test]
    public async Task The_demo_writes_are_audited_and_versioned_as_demo_data()
    {
        var audit = await (await Client.GetAsync($"/api/audit?actor={DemoRegisterLoader.Actor}&entity=activity&pageSize=500")).OkJsonAsync();
        var approved = _activities.Values.Count(a => (string?)a["status"] == "approved");
        // One "create" per entry, and one "transition" per approved entry.
        Assert.That((int)audit["total"]!, Is.EqualTo(_activities.Count + approved));

        var recruitment = _activities["recruitment-candidates"];
        Assert.That((string?)recruitment["createdBy"], Is.EqualTo(DemoRegisterLoader.Actor));
        var versions = await (await Client.GetAsync(ActivityRoutes.VersionsFor((int)recruitment["id"]!))).OkJsonAsync();
        Assert.That((int)versions["total"]!, Is.EqualTo(2), "created as a draft, then approved");
    }

    private static IReadOnlyList<string> Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToList();

    private static IReadOnlyList<string> DataCategoryCodes(JsonNode activity) =>
        activity["dataCategories"]!.AsArray().Select(d => (string)d!["code"]!).ToList();

    [Test]
    public async Task The_journals_show_a_request_answered_in_time_one_overdue_and_a_breach_whose_notification_is_due()
    {
        var requests = (await (await Client.GetAsync("/api/subject-requests?pageSize=100")).OkJsonAsync())["items"]!.AsArray();
        var breaches = (await (await Client.GetAsync("/api/breaches?pageSize=100")).OkJsonAsync())["items"]!.AsArray();
        var overdue = requests.Where(r => (bool)r!["due"]!["overdue"]!).Select(r => (string?)r!["kind"]).ToList();
        var open = breaches.Single(b => (string?)b!["status"] != "closed")!;

        Assert.That(requests, Has.Count.EqualTo(5));
        Assert.That(overdue, Is.EqualTo(new[] { "stop-processing" }), "15 days ran out 5 days ago, at the latest 2 after holidays");
        Assert.That(requests.Where(r => (string?)r!["status"] == "answered").Select(r => (bool)r!["due"]!["overdue"]!), Is.All.False);
        Assert.That(requests.All(r => r!["activityIds"]!.AsArray().Count > 0), Is.True, "each names the entry it concerns");
        Assert.That(breaches, Has.Count.EqualTo(2));
        Assert.That((bool)open["npdpc"]!["due"]!["overdue"]!, Is.False);
        Assert.That(open["npdpc"]!["notifiedAt"], Is.Null);
    }
}

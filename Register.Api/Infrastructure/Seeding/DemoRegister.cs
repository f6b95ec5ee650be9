using System.Text.Json;
using System.Text.Json.Serialization;
using Register.Api.Features.Activities;
using Register.Api.Features.DataCategories;
using Register.Api.Features.Departments;
using Register.Api.Features.InformationSystems;
using Register.Api.Features.Operator;
using Register.Api.Features.Recipients;
using Register.Api.Features.SubjectCategories;
using Register.Domain.Activities;

namespace Register.Api.Infrastructure.Seeding;

/// <summary>
/// The shape of DemoData/demo-register.json (seed 001, see docs/demo-register.md). Every part is the body the
/// API itself accepts, so the demo goes through the same validators and writes as an officer's requests.
/// </summary>
public sealed record DemoRegister(
    OperatorRequest Operator,
    IReadOnlyList<DepartmentRequest> Departments,
    IReadOnlyList<SubjectCategoryRequest> SubjectCategories,
    IReadOnlyList<DataCategoryRequest> DataCategories,
    IReadOnlyList<RecipientRequest> Recipients,
    IReadOnlyList<InformationSystemRequest> InformationSystems,
    IReadOnlyList<DemoActivity> Activities)
{
    public const string Resource = "DemoData/demo-register.json";

    public static DemoRegister Read() => EmbeddedJson.Read<DemoRegister>(Resource);
}

/// <summary>
/// A demo entry: the POST body of an activity plus the status it is to end in. Status is not part of
/// <see cref="ActivityRequest"/> (it changes only through transitions), hence the converter.
/// </summary>
[JsonConverter(typeof(DemoActivityConverter))]
public sealed record DemoActivity(ActivityStatus Status, ActivityRequest Request);

internal sealed class DemoActivityConverter : JsonConverter<DemoActivity>
{
    public override DemoActivity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var entry = document.RootElement;
        var status = entry.TryGetProperty("status", out var value) ? value.Deserialize<ActivityStatus>(options) : ActivityStatus.Draft;
        var request = entry.Deserialize<ActivityRequest>(options) ?? throw new JsonException("A demo activity is null.");
        return new DemoActivity(status, request);
    }

    public override void Write(Utf8JsonWriter writer, DemoActivity value, JsonSerializerOptions options) =>
        throw new NotSupportedException("The demo register is only read.");
}

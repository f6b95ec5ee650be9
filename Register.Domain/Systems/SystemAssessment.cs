using System.Text.Json.Serialization;
using Register.Domain.Catalogs;

namespace Register.Domain.Systems;

/// <summary>The facts of an information resource the assessment needs (from the systems catalog).</summary>
public sealed record SystemFacts(string Code, InformationSystemKind Kind, bool ConnectedToPublicNetwork);

/// <summary>Why a system must be entered in the state register of personal-data operators (Decree 422 sp. 3.6; OAC Order No. 94).
/// The JSON names are spelled out because a naming policy runs digits into words ("more-than100000-subjects").</summary>
public enum OperatorRegistryReason
{
    BiometricOrGeneticData,
    [JsonStringEnumMemberName("more-than-100000-subjects")]
    MoreThan100000Subjects,
    [JsonStringEnumMemberName("more-than-10000-minors-under-16")]
    MoreThan10000MinorsUnder16,
    /// <summary>Special data sent to a non-adequate country other than under Art. 9 p.1 abz. 5-7.</summary>
    CrossBorderSpecialDataToNonAdequateCountry,
}

/// <summary>Why a system has the OAC class it has, or none: for reports that word the reason in their own language.</summary>
public enum OacClassGround
{
    /// <summary>A class follows from the network connection and the highest data (Order No. 66, App. 1).</summary>
    Classified,
    /// <summary>A paper resource: the classification is for information systems.</summary>
    PaperResource,
    /// <summary>No entry using the system records personal data.</summary>
    NoPersonalData,
    /// <summary>Only publicly available data.</summary>
    PublicDataOnly,
    /// <summary>Only publicly available and/or depersonalised data, some of it depersonalised (Order No. 66 regulation п. 1
    /// as worded by Order No. 259: the regulation «может не применяться»).</summary>
    PublicOrDepersonalisedDataOnly,
}

/// <summary>
/// What the register computes for one information resource from the entries that use it.
/// <see cref="OacClass"/> is null when no class is required (paper, public-only data, no data);
/// <see cref="OacClassReason"/> says why in a few words for the officer.
/// </summary>
public sealed record SystemAssessment(
    NpdpcCategory? NpdpcCategory,
    string? OacClass,
    int EstimatedSubjects,
    IReadOnlyList<OperatorRegistryReason> OperatorRegistryReasons)
{
    /// <summary>E.g. "connected to public networks; highest data: special".</summary>
    public string OacClassReason { get; init; } = "";

    /// <summary>Why <see cref="OacClass"/> is what it is (<see cref="OacClassReason"/> in a form a report can translate).</summary>
    public OacClassGround OacClassGround { get; init; }

    public bool OperatorRegistryRequired => OperatorRegistryReasons.Count > 0;
}

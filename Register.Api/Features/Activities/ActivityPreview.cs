using FluentValidation;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Http;
using Register.Domain.Activities;

namespace Register.Api.Features.Activities;

/// <summary>The findings an entry would have: what the editor shows as the officer types, before anything is saved.</summary>
public sealed record PreviewResponse(IReadOnlyList<FindingResponse> Findings, Register.Domain.Catalogs.NpdpcCategory? NpdpcCategory, bool CrossBorder);

/// <summary>
/// Assesses unsaved content with the same rules and catalog facts as a saved entry (<see cref="ActivityAssessor"/>), in a
/// read transaction that writes nothing. Only those who may draft ask; what it tells (the law's findings on the content
/// the caller typed) reveals nothing of the register beyond the catalogs, which every caller reads. Content the validator
/// would refuse, or that names unknown codes, has no findings yet: saving reports those problems field by field.
/// </summary>
public sealed class ActivityPreview(Db db, TimeProvider clock)
{
    private static readonly ActivityRequestValidator Validator = new();

    public async Task<PreviewResponse?> AssessAsync(Caller caller, ActivityRequest request, ActivityStatus status, CancellationToken cancellationToken)
    {
        caller.Require(Access.Drafter);
        if (!(await Validator.ValidateAsync(request, cancellationToken)).IsValid) return null;
        var content = ActivityContent.From(request);
        try
        {
            return await db.ReadAsync(async session =>
            {
                await ActivityReferences.CheckAsync(session, content);
                var state = new ActivityState { Id = 0, Code = request.Code ?? "", Status = status, Content = content, Version = 0 };
                var assessed = await ActivityAssessor.AssessAsync(session, state, clock.Today());
                var response = assessed.ToResponse();
                return new PreviewResponse(response.Findings, response.NpdpcCategory, response.CrossBorder);
            }, cancellationToken);
        }
        catch (Infrastructure.Errors.InvalidRequestException)
        {
            return null;
        }
    }
}

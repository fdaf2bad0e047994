using TthcFlow.Definitions.Activities;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Dossiers;

/// <summary>
/// Trả kết quả qua dịch vụ bưu chính công ích — the rules of a result the citizen chose to receive
/// by post: the return step hands it to the post with the item's tracking number (số hiệu bưu gửi),
/// which is the return (status 10); the post's delivery confirmation is recorded afterwards. A
/// tracking number on any other step, or for a result not sent by post, is refused.
/// </summary>
internal static class PostalReturn
{
    /// <summary>Why completing <paramref name="task"/> with <paramref name="tracking"/> is refused, or null.</summary>
    public static DomainError? Check(DossierState state, DossierTask task, string? tracking)
    {
        bool posting = task.StepType == ActivityTypeNames.ReturnResult && state.Dossier.ResultDelivery == ResultDelivery.ByPost;
        if (!posting)
        {
            return tracking is null ? null : DomainError.Invalid(
                "A postal tracking number (số hiệu bưu gửi) is given only when the return step sends the result by post.");
        }
        if (tracking is null)
            return DomainError.Invalid("The citizen asked for the result by post: give the postal tracking number (số hiệu bưu gửi) of the item sent.");
        return PostalItem.Normalise(tracking) is null
            ? DomainError.Invalid($"'{tracking}' is not a postal tracking number (số hiệu bưu gửi): 6 to 40 letters, digits or dashes.")
            : null;
    }

    /// <summary>The dossier once the result was handed to the post at <paramref name="now"/>.</summary>
    public static DossierState Posted(DossierState state, string? tracking, DateTimeOffset now) =>
        PostalItem.Normalise(tracking) is { } code && state.Dossier.Status == NationalStatus.Returned
            ? state.Change(d => d with { ReturnPostalCode = code, ReturnPostedAt = now })
            : state;
}

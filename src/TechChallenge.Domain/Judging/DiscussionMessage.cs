using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Judging;

/// <summary>
/// A message in an entry's discussion among its judges and the organisers (say, when their scores disagree). Never
/// shown to solvers.
/// </summary>
public sealed class DiscussionMessage
{
    public const int MaxTextLength = 2000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProposalId { get; init; }
    public required string AuthorUserId { get; init; }
    public required string Text { get; init; }
    public DateTime PostedAtUtc { get; init; }

    public static Outcome<DiscussionMessage> Post(Guid proposalId, string authorUserId, string text, DateTime nowUtc)
    {
        var trimmed = text.Trim();
        return trimmed.Length is 0 or > MaxTextLength
            ? Outcome<DiscussionMessage>.Refused(RuleCodes.DiscussionTextInvalid, MaxTextLength)
            : Outcome<DiscussionMessage>.Ok(
                new DiscussionMessage
                {
                    ProposalId = proposalId,
                    AuthorUserId = authorUserId,
                    Text = trimmed,
                    PostedAtUtc = nowUtc,
                }
            );
    }
}

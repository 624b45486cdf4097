namespace TechChallenge.Domain.Proposals;

public enum ProposalStatus
{
    /// <summary>Being written; never submitted, or withdrawn and not submitted again. Only its authors see it.</summary>
    Draft,

    /// <summary>Its latest version is the entry judges and organisers see.</summary>
    Submitted,

    /// <summary>Taken back before the deadline: nobody but its authors sees it; it may be submitted again.</summary>
    Withdrawn,
}

namespace TechChallenge.Infrastructure.Proposals;

/// <summary>In which capacity someone sees a proposal, as <see cref="ProposalAccess"/> decides it.</summary>
internal enum ProposalAudience
{
    None,
    Author,
    Organiser,
    Judge,
}

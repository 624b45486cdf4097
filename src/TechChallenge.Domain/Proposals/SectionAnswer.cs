namespace TechChallenge.Domain.Proposals;

/// <summary>A solver's answer to one section of the proposal form, by the section's <see cref="ProposalSection.Key"/>.</summary>
public sealed record SectionAnswer(string Key, string Text);

using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.TestSupport;

public static class ProposalScenarios
{
    /// <summary>Every section of the challenge's proposal form answered, so a submission is complete.</summary>
    public static async Task<ProposalInput> CompleteInputAsync(this ProposalReads proposals, Guid challengeId, string title, string body)
    {
        var form = await proposals.FormAsync(challengeId);
        return new ProposalInput(
            title,
            body,
            [.. (form?.Sections ?? []).Select((section, i) => new SectionAnswer(section.Key, $"{title}: answer {i + 1} 回答"))]
        );
    }

    /// <summary>
    /// Submits a complete proposal in one request, as the API does, with the services of one scope (a request's): the
    /// form comes from <see cref="ProposalReads"/>, the submission goes through <see cref="ProposalSubmission"/>.
    /// </summary>
    public static async Task<Outcome<SubmittedVersion>> SubmitCompleteAsync(
        this IServiceProvider services,
        Actor actor,
        Guid challengeId,
        string title,
        string body,
        IReadOnlyList<UploadedFile> files
    )
    {
        var input = await services.GetRequiredService<ProposalReads>().CompleteInputAsync(challengeId, title, body);
        return await services.GetRequiredService<ProposalSubmission>().SubmitAsync(actor, challengeId, input, files);
    }
}

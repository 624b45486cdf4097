using System.Security.Cryptography;
using System.Text;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Tests.Challenges;

namespace TechChallenge.Domain.Tests.Proposals;

public sealed class ProposalTests
{
    private static readonly DateTime Now = ChallengeFactory.Now;

    private static Challenge ChallengeOfType(ChallengeType type) => ChallengeFactory.Draft(ChallengeFactory.Content() with { Type = type });

    private static IReadOnlyList<SectionAnswer> Answers(IReadOnlyList<ProposalSection> form, string prefix = "Answer") =>
        [.. form.Select((s, i) => new SectionAnswer(s.Key, $"{prefix} {i + 1}"))];

    private static (Proposal Proposal, IReadOnlyList<ProposalSection> Form) Drafted()
    {
        var form = ProposalForm.For(ChallengeOfType(ChallengeType.Ideation));
        var proposal = Proposal.Start(Guid.NewGuid(), Guid.NewGuid(), "solver", Now);
        Assert.True(proposal.SaveDraft(0, "Bimodal silver paste", "Sinters at 180 °C.", form, Answers(form), Now).Succeeded);
        return (proposal, form);
    }

    private static ProposalAttachment File(string name, long size = 1000) =>
        new()
        {
            FileName = name,
            ContentType = "application/pdf",
            SizeBytes = size,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name))),
            StorageKey = Guid.NewGuid().ToString("N"),
        };

    [Theory]
    [InlineData(ChallengeType.Ideation, new[] { DeliverableKind.Concept })]
    [InlineData(ChallengeType.Theoretical, new[] { DeliverableKind.Concept, DeliverableKind.SupportingEvidence })]
    [InlineData(ChallengeType.ReductionToPractice, new[] { DeliverableKind.WorkingResult })]
    public void The_form_asks_for_the_types_deliverables_then_one_section_per_criterion_in_order(
        ChallengeType type,
        DeliverableKind[] deliverables
    )
    {
        var challenge = ChallengeOfType(type);

        var form = ProposalForm.For(challenge);

        Assert.Equal(deliverables.Cast<DeliverableKind?>(), form.Take(deliverables.Length).Select(s => s.Deliverable));
        Assert.Equal(["Technical feasibility", "Cost"], form.Skip(deliverables.Length).Select(s => s.CriterionName));
        Assert.Equal(
            challenge.Criteria.OrderBy(c => c.SortOrder).Select(c => ProposalForm.CriterionKey(c.Id)),
            form.Skip(deliverables.Length).Select(s => s.Key)
        );
        Assert.Equal(form.Count, form.Select(s => s.Key).Distinct().Count());
    }

    [Fact]
    public void Answers_are_kept_in_form_order_trimmed_and_only_for_sections_the_form_has()
    {
        var form = ProposalForm.For(ChallengeOfType(ChallengeType.Ideation));

        var normalized = ProposalForm.Normalize(
            form,
            [
                new SectionAnswer(form[2].Key, "  cost  "),
                new SectionAnswer("criterion:removed", "gone"),
                new SectionAnswer(form[0].Key, "concept"),
            ]
        );

        Assert.Equal([(form[0].Key, "concept"), (form[1].Key, ""), (form[2].Key, "cost")], normalized.Select(a => (a.Key, a.Text)));
    }

    [Fact]
    public void A_draft_may_be_incomplete_but_submitting_names_the_first_empty_section()
    {
        var form = ProposalForm.For(ChallengeOfType(ChallengeType.Ideation));
        var proposal = Proposal.Start(Guid.NewGuid(), Guid.NewGuid(), "solver", Now);
        Assert.True(proposal.SaveDraft(0, "Title", "Abstract", form, [new SectionAnswer(form[0].Key, "concept")], Now).Succeeded);

        var submitted = proposal.Submit(proposal.Revision, form, Now);

        Assert.Equal(new RuleViolation(RuleCodes.ProposalSectionRequired, 2).ToString(), submitted.Violation?.ToString());
        Assert.Empty(proposal.Versions);
        Assert.Equal(ProposalStatus.Draft, proposal.Status);
    }

    [Theory]
    [InlineData("", "Abstract", RuleCodes.ProposalTitleRequired)]
    [InlineData("Title", " ", RuleCodes.ProposalTextRequired)]
    public void Submitting_needs_a_title_and_an_abstract(string title, string body, string expected)
    {
        var form = ProposalForm.For(ChallengeOfType(ChallengeType.Ideation));
        var proposal = Proposal.Start(Guid.NewGuid(), Guid.NewGuid(), "solver", Now);
        proposal.SaveDraft(0, title, body, form, Answers(form), Now);

        Assert.Equal(expected, proposal.Submit(proposal.Revision, form, Now).Violation?.Code);
    }

    [Fact]
    public void A_save_from_an_older_revision_is_refused_and_changes_nothing()
    {
        var (proposal, form) = Drafted();
        var seen = proposal.Revision;
        Assert.True(proposal.SaveDraft(seen, "Teammate's title", "Abstract", form, Answers(form), Now).Succeeded);

        var stale = proposal.SaveDraft(seen, "My title", "Mine", form, Answers(form, "Mine"), Now);

        Assert.Equal(RuleCodes.ProposalEditedElsewhere, stale.Violation?.Code);
        Assert.Equal("Teammate's title", proposal.Title);
        Assert.Equal(seen + 1, proposal.Revision);
    }

    [Fact]
    public void Saving_the_same_text_again_is_not_a_change()
    {
        var (proposal, form) = Drafted();
        var revision = proposal.Revision;

        Assert.True(
            proposal.SaveDraft(revision, " Bimodal silver paste ", "Sinters at 180 °C.", form, Answers(form), Now.AddMinutes(1)).Succeeded
        );

        Assert.Equal(revision, proposal.Revision);
    }

    [Fact]
    public void Each_submission_of_a_changed_draft_is_a_new_numbered_version_and_earlier_ones_stay_as_they_were()
    {
        var (proposal, form) = Drafted();
        var first = proposal.Submit(proposal.Revision, form, Now).Value;
        proposal.SaveDraft(
            proposal.Revision,
            "Bimodal silver paste, revised",
            "Sinters at 170 °C.",
            form,
            Answers(form, "Better"),
            Now.AddHours(1)
        );

        var second = proposal.Submit(proposal.Revision, form, Now.AddHours(2)).Value;

        Assert.Equal([1, 2], proposal.Versions.Select(v => v.Number));
        Assert.Equal("Bimodal silver paste", first.Title);
        Assert.Equal("Answer 1", first.Sections[0].Text);
        Assert.Equal("Better 1", second.Sections[0].Text);
        Assert.NotEqual(first.ContentSha256, second.ContentSha256);
        Assert.Same(second, proposal.LatestVersion);
        Assert.Equal(Now.AddHours(2), proposal.SubmittedAtUtc);
        Assert.False(proposal.HasUnsubmittedChanges);
    }

    [Fact]
    public void Submitting_an_unchanged_draft_again_returns_the_version_it_already_made()
    {
        var (proposal, form) = Drafted();
        var seen = proposal.Revision;
        var first = proposal.Submit(seen, form, Now).Value;

        // A second click, sent with the revision the page had before the first one was answered.
        var again = proposal.Submit(seen, form, Now.AddSeconds(1));

        Assert.Same(first, again.Value);
        Assert.Single(proposal.Versions);
    }

    [Fact]
    public void Submitting_from_a_revision_someone_else_has_since_changed_is_refused()
    {
        var (proposal, form) = Drafted();
        var seen = proposal.Revision;
        proposal.SaveDraft(seen, "Teammate's title", "Abstract", form, Answers(form), Now);

        Assert.Equal(RuleCodes.ProposalEditedElsewhere, proposal.Submit(seen, form, Now).Violation?.Code);
        Assert.Empty(proposal.Versions);
    }

    [Fact]
    public void A_version_lists_the_drafts_files_and_a_file_taken_out_afterwards_stays_with_it()
    {
        var (proposal, form) = Drafted();
        var data = File("data.pdf");
        Assert.True(proposal.AddAttachment(data, 10_000, Now).Succeeded);
        var version = proposal.Submit(proposal.Revision, form, Now).Value;

        var contentMayGo = proposal.RemoveAttachment(data.Id, Now);

        Assert.False(contentMayGo);
        Assert.Equal([("data.pdf", data.Sha256)], version.Files.Select(f => (f.FileName, f.Sha256)));
        Assert.Empty(proposal.DraftAttachments);
        Assert.True(proposal.HasUnsubmittedChanges);
    }

    [Fact]
    public void A_file_never_submitted_may_be_deleted_when_taken_out()
    {
        var (proposal, _) = Drafted();
        var draftOnly = File("draft.pdf");
        proposal.AddAttachment(draftOnly, 10_000, Now);

        Assert.True(proposal.RemoveAttachment(draftOnly.Id, Now));
    }

    [Fact]
    public void Files_are_limited_in_number_and_in_total_size()
    {
        var (proposal, _) = Drafted();
        for (var i = 0; i < Proposal.MaxAttachments; i++)
        {
            Assert.True(proposal.AddAttachment(File($"f{i}.pdf", 10), 1_000_000, Now).Succeeded);
        }

        Assert.Equal(RuleCodes.ProposalTooManyFiles, proposal.AddAttachment(File("one-more.pdf", 10), 1_000_000, Now).Violation?.Code);

        var (other, _) = Drafted();
        Assert.True(other.AddAttachment(File("big.pdf", 600), 1000, Now).Succeeded);
        Assert.Equal(RuleCodes.ProposalFilesTooLarge, other.AddAttachment(File("bigger.pdf", 401), 1000, Now).Violation?.Code);
        Assert.True(other.AddAttachment(File("fits.pdf", 400), 1000, Now).Succeeded);
    }

    [Fact]
    public void Withdrawing_takes_the_entry_back_and_a_later_submission_makes_a_new_version()
    {
        var (proposal, form) = Drafted();
        Assert.Equal(RuleCodes.ProposalNotSubmitted, proposal.Withdraw(Now).Violation?.Code);
        proposal.Submit(proposal.Revision, form, Now);

        Assert.True(proposal.Withdraw(Now.AddHours(1)).Succeeded);
        Assert.Equal(ProposalStatus.Withdrawn, proposal.Status);
        Assert.True(proposal.HasUnsubmittedChanges);

        var again = proposal.Submit(proposal.Revision, form, Now.AddHours(2));
        Assert.Equal(2, again.Value.Number);
        Assert.Equal(ProposalStatus.Submitted, proposal.Status);
    }

    [Fact]
    public void The_content_hash_is_the_sha256_of_the_documented_canonical_json()
    {
        var proposalId = Guid.Parse("0b3c5c1e-7d2a-4f7e-9a51-2f8e6f0c1d22");
        IReadOnlyList<SectionAnswer> sections = [new("deliverable:Concept", "低温烧结")];
        IReadOnlyList<VersionFile> files = [new(Guid.NewGuid(), "data.pdf", 12, "ab12")];
        const string canonical =
            """{"proposalId":"0b3c5c1e-7d2a-4f7e-9a51-2f8e6f0c1d22","version":3,"title":"Paste","abstract":"Sinters","sections":["""
            + """{"key":"deliverable:Concept","text":"低温烧结"}],"files":[{"name":"data.pdf","sha256":"ab12"}]}""";

        var hash = ProposalVersion.HashContent(proposalId, 3, "Paste", "Sinters", sections, files);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))), hash);
    }
}

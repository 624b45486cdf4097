using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using static TechChallenge.Domain.Tests.Challenges.ChallengeFactory;
using static TechChallenge.Domain.Tests.Challenges.ChallengeLifecycleTests;

namespace TechChallenge.Domain.Tests.Challenges;

public class ChallengeEditingTests
{
    private static readonly FieldTag NewMaterials = new()
    {
        Code = "new-materials",
        Name = "New materials",
        NameZh = "新材料",
    };

    [Fact]
    public void Draft_edits_are_saved_without_versions_and_may_be_incomplete()
    {
        var challenge = Draft();

        var saved = challenge.Edit(challenge.Content with { Statement = "", Criteria = [] }, [], Now, "manager");

        Assert.True(saved.Succeeded);
        Assert.Null(saved.Value);
        Assert.Equal(0, challenge.RevisionNumber);
        Assert.Empty(challenge.Revisions);
        Assert.Empty(challenge.Criteria);
    }

    [Fact]
    public void A_title_is_always_required()
    {
        var challenge = Draft();

        AssertRefused(challenge.Edit(challenge.Content with { Title = "  " }, [], Now, "manager"), RuleCodes.TitleRequired);
        Assert.Equal("Graphene powder preparation process optimisation", challenge.Title);
    }

    [Theory]
    [InlineData(ChallengeStatus.SubmittedForReview)]
    [InlineData(ChallengeStatus.Approved)]
    [InlineData(ChallengeStatus.SubmissionsClosed)]
    [InlineData(ChallengeStatus.Judging)]
    [InlineData(ChallengeStatus.ResultsPublished)]
    [InlineData(ChallengeStatus.Cancelled)]
    public void Content_is_frozen_under_review_and_once_submissions_close(ChallengeStatus status)
    {
        var challenge = InStatus(status);

        AssertRefused(challenge.Edit(challenge.Content with { Summary = "changed" }, [], Now, "manager"), RuleCodes.ChallengeNotEditable);
        Assert.Equal("A scalable process that raises yield.", challenge.Summary);
    }

    [Fact]
    public void An_edit_after_publication_is_a_numbered_revision_listing_what_changed()
    {
        var challenge = InStatus(ChallengeStatus.SubmissionsOpen);

        var first = challenge.Edit(challenge.Content with { Summary = "Clearer summary", Statement = "More detail" }, [], Now, "manager");
        var second = challenge.Edit(challenge.Content with { IpTerms = "Enterprise owns results" }, [], Now.AddHours(1), "colleague");

        Assert.Equal(1, first.Value!.Number);
        Assert.Equal([ChallengeParts.Summary, ChallengeParts.Statement], first.Value.Parts);
        Assert.False(first.Value.IsMaterial);
        Assert.Equal((2, "colleague", Now.AddHours(1)), (second.Value!.Number, second.Value.EditedByUserId, second.Value.AtUtc));
        Assert.Equal(2, challenge.RevisionNumber);
        Assert.Equal(2, challenge.Revisions.Count);
    }

    [Fact]
    public void Saving_the_same_content_again_is_no_revision()
    {
        var challenge = InStatus(ChallengeStatus.Published);

        var saved = challenge.Edit(challenge.Content with { Summary = " A scalable process that raises yield. " }, [], Now, "manager");

        Assert.True(saved.Succeeded);
        Assert.Null(saved.Value);
        Assert.Equal(0, challenge.RevisionNumber);
    }

    [Fact]
    public void Moving_the_deadline_is_material_needs_a_note_and_records_old_and_new()
    {
        var challenge = InStatus(ChallengeStatus.SubmissionsOpen);
        var later = Deadline.AddDays(7);
        var round = challenge.Content.Rounds[0] with
        {
            SubmissionClosesUtc = later,
            JudgingOpensUtc = later,
            JudgingClosesUtc = later.AddDays(14),
        };
        var moved = challenge.Content with { Rounds = [round] };

        AssertRefused(challenge.Edit(moved, [], Now, "manager"), RuleCodes.MaterialChangeNoteRequired);
        Assert.Equal(Deadline, challenge.SubmissionDeadlineUtc);

        var revision = challenge.Edit(moved, [], Now, "manager", "Extended at the request of three universities").Value!;

        Assert.True(revision.IsMaterial);
        Assert.Equal((Deadline, later), (revision.PreviousDeadlineUtc, revision.NewDeadlineUtc));
        Assert.Equal("Extended at the request of three universities", revision.Note);
        Assert.Equal(later, challenge.SubmissionDeadlineUtc);
    }

    [Fact]
    public void A_published_challenge_stays_publishable_a_broken_amendment_changes_nothing()
    {
        var challenge = InStatus(ChallengeStatus.SubmissionsOpen);
        var criteriaIds = challenge.Criteria.Select(c => c.Id).ToList();

        AssertRefused(
            challenge.Edit(challenge.Content with { Criteria = [new CriterionPlan("Only one", "", 90)] }, [], Now, "manager", "note"),
            RuleCodes.CriteriaWeightsMustSumTo100
        );
        AssertRefused(
            challenge.Edit(
                challenge.Content with
                {
                    Rounds = [challenge.Content.Rounds[0] with { SubmissionClosesUtc = Now.AddMinutes(-1) }],
                },
                [],
                Now,
                "manager",
                "note"
            ),
            RuleCodes.RoundWindowReversed
        );

        Assert.Equal(criteriaIds, challenge.Criteria.Select(c => c.Id));
        Assert.Equal(Deadline, challenge.SubmissionDeadlineUtc);
        Assert.Equal(0, challenge.RevisionNumber);
    }

    [Fact]
    public void Once_submissions_are_open_their_opening_time_cannot_move()
    {
        var challenge = InStatus(ChallengeStatus.SubmissionsOpen);
        var round = challenge.Content.Rounds[0] with { SubmissionOpensUtc = Opens.AddHours(1) };

        AssertRefused(
            challenge.Edit(challenge.Content with { Rounds = [round] }, [], Opens, "manager", "note"),
            RuleCodes.OpeningAlreadyPassed
        );
    }

    [Fact]
    public void Changed_criteria_keep_the_ids_of_those_that_stay()
    {
        var challenge = Draft();
        var first = challenge.Criteria.Single(c => c.SortOrder == 0).Id;

        challenge.Edit(challenge.Content with { Criteria = [new CriterionPlan("Feasibility", "How", 100)] }, [], Now, "manager");

        var criterion = Assert.Single(challenge.Criteria);
        Assert.Equal((first, "Feasibility", "How", 100m), (criterion.Id, criterion.Name, criterion.Description, criterion.Weight));
    }

    [Fact]
    public void Tags_come_from_the_managed_list()
    {
        var challenge = Draft();

        challenge.Edit(challenge.Content with { FieldTagIds = [NewMaterials.Id, Guid.NewGuid()] }, [NewMaterials], Now, "manager");

        Assert.Equal([NewMaterials], challenge.Fields);
        Assert.Contains("新材料", challenge.SearchText);
    }

    [Fact]
    public void Search_text_leaves_out_confidential_details_and_a_confidential_enterprise()
    {
        var challenge = Draft(
            Content() with
            {
                Statement = "Secret process parameters",
                Enterprise = new EnterpriseInfo("Zunyi Secret Alloys Co.", "Metallurgy", "Zunyi", Confidential: true),
                IsConfidential = true,
                ConfidentialityTerms = "Do not disclose.",
            }
        );

        Assert.Contains("graphene powder", challenge.SearchText);
        Assert.DoesNotContain("secret process", challenge.SearchText);
        Assert.DoesNotContain("zunyi secret alloys", challenge.SearchText);

        challenge.Edit(
            challenge.Content with
            {
                IsConfidential = false,
                Enterprise = challenge.Content.Enterprise with { Confidential = false },
            },
            [],
            Now,
            "manager"
        );
        Assert.Contains("secret process", challenge.SearchText);
        Assert.Contains("zunyi secret alloys", challenge.SearchText);
    }

    [Fact]
    public void A_private_question_is_seen_by_its_asker_only_until_answered_publicly()
    {
        var question = new ChallengeQuestion
        {
            ChallengeId = Guid.NewGuid(),
            AskedByUserId = "solver",
            Text = "Is pilot equipment available?",
            AskedAtUtc = Now,
        };

        Assert.True(question.IsVisibleTo("solver"));
        Assert.False(question.IsVisibleTo("other"));
        Assert.False(question.IsVisibleTo(null));

        question.AnswerWith("Yes, a 50 kg line.", AnswerVisibility.Private, anonymise: false, "manager", Now);
        Assert.False(question.IsVisibleTo("other"));

        question.AnswerWith("Yes, a 50 kg line.", AnswerVisibility.Public, anonymise: true, "manager", Now);
        Assert.True(question.IsVisibleTo(null));
        Assert.True(question.Anonymised);
    }
}

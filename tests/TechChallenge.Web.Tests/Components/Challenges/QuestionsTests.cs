using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Challenges;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>Questions to the organiser on a challenge page, through the real services of a running app.</summary>
public sealed class QuestionsTests(SqliteAppFixture fixture) : AppComponentTest, IClassFixture<SqliteAppFixture>
{
    private async Task<Guid> PublishedChallengeAsync() =>
        await ChallengeScenarios.PublishAsync(
            fixture.App,
            ChallengeScenarios.Content(DateTime.UtcNow.AddDays(30), $"Questions {Guid.NewGuid():N}")
        );

    private IRenderedComponent<QuestionsSection> RenderQuestions(Guid challengeId, bool canManage = false)
    {
        UseApp(fixture.App);
        return RenderInApp<QuestionsSection>(p => p.Add(x => x.ChallengeId, challengeId).Add(x => x.CanManage, canManage));
    }

    [Fact]
    public async Task A_signed_in_solver_asks_a_question_and_sees_it_listed()
    {
        var challengeId = await PublishedChallengeAsync();
        await Authorization.SignInAsync(fixture.App, DemoAccounts.Solver);
        var questions = RenderQuestions(challengeId);

        questions.Find("textarea[data-testid=question-input]").Input("Is a pilot line at 50 kg enough?");
        questions.Find("button[data-testid=question-ask]").Click();

        questions.WaitForAssertion(() =>
            Assert.Equal("Is a pilot line at 50 kg enough?", questions.Find("[data-testid=question-text]").TextContent)
        );
        Assert.Contains("awaiting an answer", questions.Find("[data-testid=question]").TextContent);
        Assert.Empty(questions.FindAll("[data-testid=question-error]"));
        // Asked and listed: the form is empty again for the next question.
        Assert.Equal("", questions.Find("textarea[data-testid=question-input]").GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task An_empty_question_is_refused_with_the_rule_in_the_viewers_language()
    {
        var challengeId = await PublishedChallengeAsync();
        await Authorization.SignInAsync(fixture.App, DemoAccounts.Solver);
        var questions = RenderQuestions(challengeId);

        questions.Find("button[data-testid=question-ask]").Click();

        questions.WaitForAssertion(() =>
            Assert.Equal("Write a question (up to 4000 characters).", questions.Find("[data-testid=question-error]").TextContent.Trim())
        );
        Assert.Empty(questions.FindAll("[data-testid=question]"));
    }

    [Fact]
    public async Task An_anonymous_reader_is_offered_a_sign_in_link_instead_of_the_form()
    {
        var challengeId = await PublishedChallengeAsync();

        var questions = RenderQuestions(challengeId);

        var link = questions.Find("a[data-testid=sign-in-to-ask]");
        Assert.Equal($"/account/login?returnUrl=%2Fchallenges%2F{challengeId}", link.GetAttribute("href"));
        Assert.Equal("Sign in to ask the organiser a question.", link.TextContent.Trim());
        Assert.Empty(questions.FindAll("[data-testid=question-input]"));
        Assert.Empty(questions.FindAll("button"));
    }

    [Fact]
    public async Task The_organiser_answers_publicly_and_an_empty_answer_is_refused()
    {
        var challengeId = await PublishedChallengeAsync();
        var solver = await fixture.App.ActorAsync(DemoAccounts.Solver);
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var engagement = scope.ServiceProvider.GetRequiredService<ChallengeEngagementService>();
            Assert.True((await engagement.AskAsync(solver, challengeId, "Which sintering temperature counts?", publicly: true)).Succeeded);
        }

        await Authorization.SignInAsync(fixture.App, DemoAccounts.NantongManager);
        var questions = RenderQuestions(challengeId, canManage: true);

        questions.Find("button[data-testid=answer-public]").Click();
        questions.WaitForAssertion(() =>
            Assert.Equal("Write an answer (up to 4000 characters).", questions.Find("[data-testid=answer-error]").TextContent.Trim())
        );

        questions.Find("textarea[data-testid=answer-input]").Input("Below 200 °C, measured at the paste.");
        questions.Find("button[data-testid=answer-public]").Click();

        questions.WaitForAssertion(() =>
            Assert.Equal("A: Below 200 °C, measured at the paste.", questions.Find("[data-testid=answer]").TextContent.Trim())
        );
        Assert.Empty(questions.FindAll("[data-testid=answer-form]"));
    }
}

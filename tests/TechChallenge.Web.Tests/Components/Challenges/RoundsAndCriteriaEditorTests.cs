using Bunit;
using TechChallenge.Web.Features.Challenges;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>The timeline and the criteria of the editor: rows added, removed and typed in, and the rules they must keep.</summary>
public sealed class RoundsAndCriteriaEditorTests : AppComponentTest
{
    private static readonly DateTime Start = new(2027, 3, 1, 9, 0, 0);

    [Fact]
    public void A_new_round_starts_after_the_last_one_and_the_page_is_told()
    {
        var form = new ChallengeForm();
        form.AddRound("Preliminary review", Start);
        var changed = 0;
        var editor = RenderInApp<RoundsEditor>(p => p.Add(x => x.Form, form).Add(x => x.Changed, () => changed++));

        editor.Find("[data-testid=add-round]").Click();

        Assert.Equal(2, form.Rounds.Count);
        Assert.Equal(1, changed);
        Assert.Equal(form.Rounds[0].JudgingCloses.Date.AddDays(1).AddHours(9), form.Rounds[1].SubmissionOpens);
        Assert.Equal("Round 2", form.Rounds[1].Name);
        Assert.Equal("2027-04-01T17:00:00", editor.Find("input[data-testid=round-closes-0]").GetAttribute("value"));
        Assert.NotNull(editor.Find("input[data-testid=round-name-1]"));
    }

    [Fact]
    public void A_typed_time_is_the_rounds_and_an_emptied_one_is_refused_next_to_the_field()
    {
        var form = new ChallengeForm();
        form.AddRound("Preliminary review", Start);
        var editor = RenderInApp<RoundsEditor>(p => p.Add(x => x.Form, form));

        editor.Find("input[data-testid=round-closes-0]").Change("2027-04-02T18:30");
        Assert.Equal(new DateTime(2027, 4, 2, 18, 30, 0), form.Rounds[0].SubmissionCloses);

        editor.Find("input[data-testid=round-closes-0]").Change("");
        Assert.Equal(new DateTime(2027, 4, 2, 18, 30, 0), form.Rounds[0].SubmissionCloses);
        Assert.Contains(
            "Enter a date and time",
            editor.Find("input[data-testid=round-closes-0]").Closest(".mud-input-control")!.TextContent
        );

        editor.Find("input[data-testid=round-results-0]").Change("2027-06-01T10:00");
        Assert.Equal(new DateTime(2027, 6, 1, 10, 0, 0), form.Rounds[0].ResultsPublish);
        editor.Find("input[data-testid=round-results-0]").Change("");
        Assert.Null(form.Rounds[0].ResultsPublish);
    }

    [Fact]
    public void A_removed_round_is_gone_and_each_remove_button_names_its_round()
    {
        var form = new ChallengeForm();
        form.AddRound("Preliminary review", Start);
        form.AddRound("Final roadshow", Start);
        var editor = RenderInApp<RoundsEditor>(p => p.Add(x => x.Form, form));

        Assert.Equal("Remove round 2", editor.Find("[data-testid=remove-round-1]").GetAttribute("aria-label"));
        editor.Find("[data-testid=remove-round-0]").Click();

        Assert.Equal("Final roadshow", Assert.Single(form.Rounds).Name);
    }

    [Fact]
    public void Weights_that_do_not_reach_100_show_the_reviews_rule_until_they_do()
    {
        var form = new ChallengeForm();
        form.AddRound("Preliminary review", Start);
        var editor = RenderInApp<CriteriaEditor>(p => p.Add(x => x.Form, form));
        Assert.Empty(editor.FindAll("[data-testid=criteria-rule]"));

        editor.Find("[data-testid=add-criterion]").Click();
        editor.Find("[data-testid=add-criterion]").Click();
        editor.Find("input[data-testid=criterion-name-0]").Input("Recovery rate");
        editor.Find("input[data-testid=criterion-weight-0]").Input("60");
        editor.Find("input[data-testid=criterion-name-1]").Input("Process cost");
        editor.Find("input[data-testid=criterion-weight-1]").Input("30");

        Assert.Contains("90", editor.Find("[data-testid=weight-total]").TextContent);
        Assert.Contains("must add up to 100", editor.Find("[data-testid=criteria-rule]").TextContent);

        editor.Find("input[data-testid=criterion-weight-1]").Input("40");

        Assert.Contains("100", editor.Find("[data-testid=weight-total]").TextContent);
        Assert.Empty(editor.FindAll("[data-testid=criteria-rule]"));
        Assert.Equal([60m, 40m], form.Criteria.Select(c => c.Weight));
    }

    [Fact]
    public void With_two_rounds_each_criterion_names_its_round_and_each_round_has_its_own_total()
    {
        var form = new ChallengeForm();
        form.AddRound("Preliminary review", Start);
        form.AddRound("Final roadshow", Start);
        form.Criteria.Add(new() { Name = "Conductivity", Weight = 100 });
        form.Criteria.Add(
            new()
            {
                Name = "Roadshow",
                Weight = 50,
                Round = 2,
            }
        );

        var editor = RenderInApp<CriteriaEditor>(p => p.Add(x => x.Form, form));

        Assert.NotNull(editor.Find("[data-testid=criterion-round-1]"));
        Assert.Contains("Round 2 weight: 50", editor.Find("[data-testid=weight-total-2]").TextContent);
        Assert.Contains("round 2", editor.Find("[data-testid=criteria-rule]").TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Remove criterion 2", editor.Find("[data-testid=remove-criterion-1]").GetAttribute("aria-label"));

        editor.Find("[data-testid=remove-criterion-1]").Click();

        Assert.Equal("Conductivity", Assert.Single(form.Criteria).Name);
        Assert.Empty(editor.FindAll("[data-testid=criteria-rule]"));
    }
}

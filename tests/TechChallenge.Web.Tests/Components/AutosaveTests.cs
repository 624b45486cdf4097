using TechChallenge.Domain.Common;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Tests.Components;

/// <summary>The editors' one autosave: what is due, what a save records, and the rule once a record was edited elsewhere.</summary>
public class AutosaveTests
{
    private string text = "loaded";

    [Fact]
    public async Task Only_edits_made_since_the_last_save_are_due_and_a_successful_save_records_them()
    {
        using var autosave = new Autosave<string>(() => text);
        autosave.Loaded("Saved at 10:00");
        Assert.False(autosave.Due);
        Assert.Equal("Saved at 10:00", autosave.State);

        text = "edited";
        Assert.True(autosave.Due);
        var saved = await autosave.SaveAsync(() => Task.FromResult(Outcome.Success));

        Assert.True(saved!.Succeeded);
        Assert.False(autosave.HasChanges);
        Assert.False(autosave.EditedElsewhere);
    }

    [Theory]
    [InlineData(RuleCodes.ConcurrentEdit)]
    [InlineData(RuleCodes.ProposalEditedElsewhere)]
    public async Task Once_the_record_was_edited_elsewhere_nothing_is_due_until_the_page_reloads(string code)
    {
        using var autosave = new Autosave<string>(() => text);
        autosave.Loaded();
        text = "mine";

        var refused = await autosave.SaveAsync(() => Task.FromResult(Outcome.Refused(code)));

        Assert.False(refused!.Succeeded);
        Assert.True(autosave.EditedElsewhere);
        Assert.True(autosave.HasChanges);
        Assert.False(autosave.Due);
        autosave.Loaded();
        Assert.False(autosave.EditedElsewhere);
    }

    [Fact]
    public async Task Another_refusal_keeps_the_edits_due()
    {
        using var autosave = new Autosave<string>(() => text);
        autosave.Loaded();
        text = "too long";

        await autosave.SaveAsync(() => Task.FromResult(Outcome.Refused(RuleCodes.ScoringClosed)));

        Assert.False(autosave.EditedElsewhere);
        Assert.True(autosave.Due);
    }

    [Fact]
    public async Task The_timer_does_not_wait_for_a_save_that_runs_and_a_click_does()
    {
        using var autosave = new Autosave<string>(() => text);
        autosave.Loaded();
        text = "edited";
        var release = new TaskCompletionSource<Outcome>();

        var running = autosave.SaveAsync(() => release.Task);
        Assert.True(autosave.Saving);
        Assert.Null(await autosave.SaveAsync(() => Task.FromResult(Outcome.Success), wait: false));
        var click = autosave.SaveAsync(() => Task.FromResult(Outcome.Success));
        Assert.False(click.IsCompleted);

        release.SetResult(Outcome.Success);
        Assert.True((await running)!.Succeeded);
        Assert.True((await click)!.Succeeded);
        Assert.False(autosave.Saving);
    }

    [Fact]
    public void A_snapshot_comparison_decides_what_counts_as_a_change()
    {
        using var autosave = new Autosave<string>(() => text, (now, saved) => now.Trim() == saved.Trim());
        autosave.Loaded();
        text = "loaded  ";

        Assert.False(autosave.HasChanges);
    }
}

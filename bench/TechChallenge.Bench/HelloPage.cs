using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace TechChallenge.Bench;

/// <summary>The hello-world app's one page: a heading and the template's counter button.</summary>
[Route("/")]
public sealed class HelloPage : ComponentBase
{
    private int count;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "h1");
        builder.AddContent(1, "Hello, world!");
        builder.CloseElement();
        builder.OpenElement(2, "button");
        builder.AddAttribute(3, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, () => count++));
        builder.AddContent(4, $"Clicked {count} times");
        builder.CloseElement();
    }
}

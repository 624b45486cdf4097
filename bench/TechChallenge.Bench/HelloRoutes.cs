using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Routing;

namespace TechChallenge.Bench;

/// <summary>The hello-world app's router: the interactive root, as <c>Routes</c> is the real app's.</summary>
public sealed class HelloRoutes : ComponentBase
{
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<Router>(0);
        builder.AddComponentParameter(1, nameof(Router.AppAssembly), typeof(HelloRoutes).Assembly);
        builder.AddComponentParameter(
            2,
            nameof(Router.Found),
            (RenderFragment<RouteData>)(
                route =>
                    inner =>
                    {
                        inner.OpenComponent<RouteView>(0);
                        inner.AddComponentParameter(1, nameof(RouteView.RouteData), route);
                        inner.CloseComponent();
                    }
            )
        );
        builder.CloseComponent();
    }
}

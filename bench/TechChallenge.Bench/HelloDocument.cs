using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace TechChallenge.Bench;

/// <summary>
/// The circuits scenario's baseline app: a hello-world page, interactive on the server, shaped as the real app's
/// document is (a static document whose router is one interactive root), with nothing else: no layout, no services.
/// Written in C# because the bench project has no Razor compiler; it exists only here, never in the product.
/// </summary>
public sealed class HelloDocument : ComponentBase
{
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.AddMarkupContent(0, "<!DOCTYPE html>");
        builder.OpenElement(1, "html");
        builder.AddAttribute(2, "lang", "en");
        builder.AddMarkupContent(3, "<head><meta charset=\"utf-8\"><base href=\"/\"><title>Hello</title></head>");
        builder.OpenElement(4, "body");
        builder.OpenComponent<HelloRoutes>(5);
        builder.AddComponentRenderMode(RenderMode.InteractiveServer);
        builder.CloseComponent();
        builder.CloseElement();
        builder.CloseElement();
    }
}

namespace TechChallenge.Web;

/// <summary>Marker for the app's one resource set: Resources/SharedResource.resx (en-US) and SharedResource.zh-CN.resx.</summary>
public sealed class SharedResource;

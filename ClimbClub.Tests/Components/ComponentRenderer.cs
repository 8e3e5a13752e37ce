using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using Radzen;

namespace ClimbClub.Tests.Components;

/// <summary>
/// Renders a component to HTML with the framework's own HtmlRenderer (bUnit is not available here) and parses it
/// with AngleSharp, with the app's real localization, Radzen's services, a NavigationManager at the app's root and a
/// JS runtime that is never called (nothing runs after a static render). A test adds what else its component injects.
/// </summary>
public sealed class ComponentRenderer : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly HtmlRenderer renderer;

    public ComponentRenderer(Action<IServiceCollection>? addServices = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddLogging();
        collection.AddLocalization();
        collection.AddRadzenComponents();
        collection.AddSingleton<NavigationManager, RootNavigation>();
        collection.AddSingleton<IJSRuntime, NoScript>();
        addServices?.Invoke(collection);
        services = collection.BuildServiceProvider();
        renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
    }

    public Task<IHtmlDocument> RenderAsync<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return await new HtmlParser().ParseDocumentAsync(output.ToHtmlString());
        });

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }

    private sealed class RootNavigation : NavigationManager
    {
        public RootNavigation() => Initialize("https://club.test/", "https://club.test/");
    }

    private sealed class NoScript : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult(default(TValue)!);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            ValueTask.FromResult(default(TValue)!);
    }
}

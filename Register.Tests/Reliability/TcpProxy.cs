using System.Net;
using System.Net.Sockets;

namespace Register.Tests.Reliability;

/// <summary>
/// A loopback TCP relay to a database server, so a test can cut the application off from its database (stop:
/// the listener closes and every relayed connection is dropped) and reconnect it (start again, same port).
/// </summary>
public sealed class TcpProxy(string targetHost, int targetPort) : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly List<TcpClient> _connections = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _stopping;

    public int Port { get; private set; }

    public void Start()
    {
        lock (_gate)
        {
            _listener = new TcpListener(IPAddress.Loopback, Port);
            _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _stopping = new CancellationTokenSource();
            _ = AcceptAsync(_listener, _stopping.Token);
        }
    }

    public void Stop()
    {
        lock (_gate)
        {
            _stopping?.Cancel();
            _listener?.Stop();
            _listener = null;
            foreach (var connection in _connections) connection.Dispose();
            _connections.Clear();
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = RelayAsync(client, stopping);
        }
    }

    private async Task RelayAsync(TcpClient client, CancellationToken stopping)
    {
        var server = new TcpClient();
        lock (_gate)
        {
            _connections.Add(client);
            _connections.Add(server);
        }
        try
        {
            await server.ConnectAsync(targetHost, targetPort, stopping);
            var up = client.GetStream().CopyToAsync(server.GetStream(), stopping);
            var down = server.GetStream().CopyToAsync(client.GetStream(), stopping);
            await Task.WhenAny(up, down);
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // The proxy was stopped or one side hung up: both sides are closed below.
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}

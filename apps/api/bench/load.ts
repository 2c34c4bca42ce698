import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  completed: number;
  failures: number;
}

/** Keep-alive load for a fixed time; a rate caps the requests per second across all connections. */
export async function load(url: string, seconds: number, rate?: number): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: 10,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    completed: result['2xx'],
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

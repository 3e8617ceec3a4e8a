import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The load balancer of the README's "Running several instances", for a test: round-robin over the
 * instances, the client's address and a request id passed on, and an idempotent request retried on
 * the next instance when one fails to answer (connection refused or reset, 502–504).
 */
export function nginxConfig(dir: string, listen: number, upstreams: number[]): string {
  const asRoot = process.getuid?.() === 0
  return `${asRoot ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 30m;
  upstream clearinghouse {
${upstreams.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=10s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${listen};
    # The load test sends thousands of requests on each keep-alive connection (the default closes
    # one after 1,000).
    keepalive_requests 100000;
    location / {
      proxy_pass http://clearinghouse;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $request_id;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 3;
    }
  }
}
`
}

export type Nginx = { url: string; stop: () => Promise<void> }

/** Starts Debian's nginx in the foreground with a configuration of its own (no system files). */
export async function startNginx(dir: string, listen: number, upstreams: number[]): Promise<Nginx> {
  mkdirSync(dir, { recursive: true })
  const conf = path.join(dir, 'nginx.conf')
  writeFileSync(conf, nginxConfig(dir, listen, upstreams))
  const child: ChildProcess = spawn(process.env.NGINX_PATH ?? '/usr/sbin/nginx', ['-p', dir, '-c', conf, '-e', path.join(dir, 'error.log')], { stdio: 'inherit' })
  const url = `http://127.0.0.1:${listen}`
  const until = Date.now() + 10_000
  for (;;) {
    try {
      await fetch(`${url}/healthz`)
      break
    } catch {
      if (Date.now() > until || child.exitCode !== null) throw new Error('nginx did not start')
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGQUIT')
      }),
  }
}

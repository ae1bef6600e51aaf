// Tutorial, part 2: answers computed per request. Three ports, three servers:
//
//   8080  the greeting of part 1 (a fixed Message)
//   8081  echoes the request body back   (curl localhost:8081 -d hello  ->  hello)
//   8082  tells the client what it asked for and from which address
//         (curl localhost:8082/ip  ->  You are requesting /ip from 127.0.0.1)
//
// A function given to serveHTTP() runs once per request with the request Message and returns
// the response. __inbound is the client connection the request came in on.

var greeting = new Message('Hi, there!\n')

var echo = req => new Message(req.body)

var describe = req => new Message(
  `You are requesting ${req.head.path} from ${__inbound.remoteAddress}\n`
)

pipy()
  .listen(8080).serveHTTP(greeting)
  .listen(8081).serveHTTP(echo)
  .listen(8082).serveHTTP(describe)

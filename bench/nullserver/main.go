// Command nullserver answers every HTTP request at once with 503 and
// Retry-After, reading nothing: the least any Go service can spend on a
// flood request. bench/openloop.sh (TARGET=null) floods it instead of
// Latchkey to measure what the flood generator and the bare cost of
// answering leave of this machine to signed-in traffic: the ceiling any
// defence inside the service could reach here.
//
//	go run ./bench/nullserver 127.0.0.1:18136
package main

import (
	"log"
	"net/http"
	"os"
)

func main() {
	addr := "127.0.0.1:18136"
	if len(os.Args) > 1 {
		addr = os.Args[1]
	}
	log.Fatal(http.ListenAndServe(addr, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusServiceUnavailable)
	})))
}

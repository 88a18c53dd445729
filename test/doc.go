// Package test holds klaster's end-to-end tests: they run the real contracts
// on embedded dev chains and talk to klaster the way its users do.
package test

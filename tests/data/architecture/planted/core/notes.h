#pragma once
// Planted: the rule of DOMAIN.md, "Card types".
// See ../shared/design for more.

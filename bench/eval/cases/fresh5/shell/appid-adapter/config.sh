#!/usr/bin/env bash
#
# Copyright 2019 APP ID Authors. All Rights Reserved.
#

## Account Information
accountID="{{hex:32}}"

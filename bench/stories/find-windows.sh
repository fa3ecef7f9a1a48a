#!/bin/sh
# Lists "windows": greedy groups of same-topic articles whose dates span <= 3 days
# (window starts at the earliest not-yet-grouped article; includes every article
# dated start..start+3), keeping only windows with >= 3 articles.
# Metadata only; no text similarity is used.
META=/work/shared/corpus/allsides-sample/metadata.tsv
TOPICS="elections white_house healthcare coronavirus gun_control_and_gun_rights federal_budget supreme_court republican_party national_security violence_in_america world abortion foreign_policy impeachment lgbt_rights free_speech fbi culture trade democratic_party fiscal_cliff justice technology russia civil_rights banking_and_finance great_britain sexual_misconduct israel europe veterans_affairs holidays business us_constitution mexico energy arts_and_entertainment criminal_justice asia treasury epa labor welfare campaign_rhetoric privacy south_korea science social_security media_industry fda capital_punishment_and_death_penalty food opioid_crisis dea"
awk -F'\t' -v topics="$TOPICS" '
BEGIN{n=split(topics,t," "); for(i=1;i<=n;i++) ok[t[i]]=1}
function dn(s,  y,m,d,a){ y=substr(s,1,4)+0; m=substr(s,6,2)+0; d=substr(s,9,2)+0;
  if(m<=2){y--; m+=12}; return 365*y+int(y/4)-int(y/100)+int(y/400)+int((153*(m-3)+2)/5)+d }
NR>1 && ($5 in ok) && $4 ~ /^20[0-9][0-9]-[01][0-9]-[0-3][0-9]$/ {print $5"\t"$4"\t"dn($4)"\t"$1"\t"$2}' "$META" |
sort -t"$(printf '\t')" -k1,1 -k3,3n -k4,4 |
awk -F'\t' '
function flush(){ if(cnt>=3) for(i=1;i<=cnt;i++) print wid"\t"cnt"\t"buf[i]; }
{ if($1!=topic || $3>start+3){ flush(); topic=$1; start=$3; cnt=0; wid=$1"@"$2 }
  buf[++cnt]=$2"\t"$4"\t"$5 }
END{flush()}'
